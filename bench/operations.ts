/**
 * The benchmark's operations, in one place: the GraphQL text for this server and for @neo4j/graphql, the
 * hand-written Cypher of the raw baseline, and how each answer is reduced to a canonical form for the equality
 * check. An operation runs only against servers whose schema has its root field (checked by introspection), so
 * `resistanceProfile` and `shortestPath` start being measured as soon as this server gains them.
 */
import type { DrugRow } from "../src/modules/reasoning/reasoning.service.js";

export type ServerName = "ours" | "neo4j-graphql" | "raw" | "ours-cached";
/** The three servers of the main comparison; all of them answer uncached. */
export const SERVERS: readonly ServerName[] = ["ours", "neo4j-graphql", "raw"];
/** This server with its response cache on (RESPONSE_CACHE_TTL_S=60), measured in a separate table. */
export const CACHED: ServerName = "ours-cached";

type Data = Record<string, unknown>;

export interface RawQuery {
  cypher: string;
  params: Record<string, unknown>;
  /** Turns the single result row into the `data` this server would answer. */
  toData(row: Data): Data;
}

/**
 * The raw baseline of a reasoning query: the same statement and the same rules as this server, called directly
 * (src/modules/reasoning's service over the driver), without GraphQL. What it leaves out is exactly the layer this
 * benchmark measures; a hand-written Cypher doing every rule would be that statement and those functions again.
 */
export interface RawRules {
  rules: { findings: string[] };
  /** Turns the profile's rows into the `data` this server would answer. */
  fromRows(rows: readonly DrugRow[]): Data;
}

export interface Operation {
  name: string;
  description: string;
  ours: { field: string; query: string };
  neo4jGraphql?: { field: string; query: string };
  raw: RawQuery | RawRules;
  /** The part of the answer the three must agree on (the raw baseline answers in this server's shape). */
  canonical: { ours(data: Data): unknown; neo4jGraphql?(data: Data): unknown };
  /**
   * The raw Cypher does less than this server (not the same rules): its answer is not compared, and its speed is a
   * lower bound of what a hand-written query doing the same work would cost, so the ratio flatters raw Cypher.
   */
  rawLowerBound?: string;
}

/** A trial two hops away from ALK G1202R (G1202R → crizotinib ← PROFILE 1014), for shortestPath. */
const PATH_TRIAL = "NCT01154140";

/**
 * Nested lists are lists of claims (relationships) on all three: this server's `first` counts edges, so
 * @neo4j/graphql is asked for the relationship connection (`…Connection(first:, sort: node id, then edge key)`),
 * whose `first` counts edges too, and raw Cypher orders by (node id, relationship key). Same edges, same order:
 * the answers are compared whole, at every scale.
 */
const EDGE_ORDER = "[{ node: { id: ASC } }, { edge: { key: ASC } }]";
type Edges<T> = { edges: { node: T }[] };

const first = (list: unknown): Data => ((list as Data[])[0] ?? null) as Data;

export const OPERATIONS: readonly Operation[] = [
  {
    name: "lookup",
    description: "entity lookup by name: variant ALK G1202R",
    ours: { field: "variant", query: '{ variant(name: "ALK G1202R") { id name fullName kind region } }' },
    neo4jGraphql: {
      field: "variants",
      query: '{ variants(where: { nameKey: { eq: "alkg1202r" } }) { id name fullName kind region } }',
    },
    raw: {
      cypher: `MATCH (v:Variant {nameKey: $key})
RETURN v {.id, .name, .fullName, .kind, .region} AS variant LIMIT 1`,
      params: { key: "alkg1202r" },
      toData: (row) => ({ variant: row.variant }),
    },
    canonical: { ours: (d) => d.variant, neo4jGraphql: (d) => first(d.variants) },
  },
  {
    name: "list1hop",
    description: "1-hop list: the first 20 variants of gene ALK, by id",
    ours: { field: "gene", query: '{ gene(symbol: "ALK") { variants(first: 20) { id name kind } } }' },
    neo4jGraphql: {
      field: "genes",
      query: '{ genes(where: { id: { eq: "ALK" } }) { variants(limit: 20, sort: [{ id: ASC }]) { id name kind } } }',
    },
    raw: {
      cypher: `MATCH (g:Gene {id: $gene})
CALL (g) {
  MATCH (g)<-[:VARIANT_OF]-(v:Variant)
  RETURN v ORDER BY v.id LIMIT 20
}
RETURN collect(v {.id, .name, .kind}) AS variants`,
      params: { gene: "ALK" },
      toData: (row) => ({ gene: { variants: row.variants } }),
    },
    canonical: {
      ours: (d) => (d.gene as Data).variants,
      neo4jGraphql: (d) => first(d.genes).variants,
    },
  },
  {
    name: "nested2hop",
    description: "2-hop nested: crizotinib → its first 20 resistance claims (variants) → 20 claims (drugs) each",
    ours: {
      field: "drug",
      query: `{ drug(name: "crizotinib") { name variantActivity(first: 20, activity: [RESISTANT, INTERMEDIATE]) {
  variant { name drugActivity(first: 20, activity: [RESISTANT, INTERMEDIATE]) { drug { name } } } } } }`,
    },
    neo4jGraphql: {
      field: "drugs",
      query: `{ drugs(where: { nameKey: { eq: "crizotinib" } }) { name
  resistantVariantsConnection(first: 20, sort: ${EDGE_ORDER}) { edges { node { name
    resistantToConnection(first: 20, sort: ${EDGE_ORDER}) { edges { node { name } } } } } } } }`,
    },
    raw: {
      cypher: `MATCH (d:Drug {nameKey: $key})
CALL (d) {
  MATCH (d)<-[r:CONFERS_RESISTANCE_TO]-(v:Variant)
  WITH v ORDER BY v.id, r.key LIMIT 20
  RETURN collect({name: v.name, drugs: COLLECT {
    MATCH (v)-[r2:CONFERS_RESISTANCE_TO]->(o:Drug)
    WITH o ORDER BY o.id, r2.key LIMIT 20
    RETURN o.name
  }}) AS variants
}
RETURN d.name AS name, variants`,
      params: { key: "crizotinib" },
      toData: (row) => ({
        drug: {
          name: row.name,
          variantActivity: (row.variants as { name: string; drugs: string[] }[]).map((v) => ({
            variant: { name: v.name, drugActivity: v.drugs.map((name) => ({ drug: { name } })) },
          })),
        },
      }),
    },
    canonical: {
      ours: (d) => {
        const drug = d.drug as { name: string; variantActivity: { variant: Data }[] };
        return {
          name: drug.name,
          variants: drug.variantActivity.map(({ variant }) => ({
            name: variant.name as string,
            drugs: (variant.drugActivity as { drug: { name: string } }[]).map((c) => c.drug.name),
          })),
        };
      },
      neo4jGraphql: (d) => {
        type Variant = { name: string; resistantToConnection: Edges<{ name: string }> };
        const drug = first(d.drugs) as { name: string; resistantVariantsConnection: Edges<Variant> };
        return {
          name: drug.name,
          variants: drug.resistantVariantsConnection.edges.map(({ node: v }) => ({
            name: v.name,
            drugs: v.resistantToConnection.edges.map(({ node: o }) => o.name),
          })),
        };
      },
    },
  },
  {
    name: "connection",
    description: "filtered connection: phase 2 trials, first 20 by id, with totalCount",
    ours: {
      field: "trials",
      query: "{ trials(first: 20, phase: PHASE2) { totalCount edges { node { id name phase status } } } }",
    },
    neo4jGraphql: {
      field: "clinicalTrialsConnection",
      query: `{ clinicalTrialsConnection(first: 20, where: { phase: { eq: PHASE2 } }, sort: [{ id: ASC }]) {
  totalCount edges { node { id name phase status } } } }`,
    },
    raw: {
      cypher: `MATCH (t:ClinicalTrial {phase: $phase})
WITH count(t) AS total
CALL () {
  MATCH (t:ClinicalTrial {phase: $phase})
  RETURN t ORDER BY t.id LIMIT 20
}
RETURN total, collect(t {.id, .name, .phase, .status}) AS nodes`,
      params: { phase: "PHASE2" },
      toData: (row) => ({
        trials: { totalCount: row.total, edges: (row.nodes as Data[]).map((node) => ({ node })) },
      }),
    },
    canonical: {
      ours: (d) => d.trials,
      neo4jGraphql: (d) => d.clinicalTrialsConnection,
    },
  },
  {
    name: "resistanceProfile",
    description: "resistanceProfile of the compound finding G1202R + L1196M",
    ours: {
      field: "resistanceProfile",
      query:
        '{ resistanceProfile(findings: ["G1202R", "L1196M"]) { drug { name } activity inferred evidence { evidence { level sources } } } }',
    },
    raw: {
      // The same read (reasoning/resolve-evidence) and rules as this server; the rows in this server's shape.
      rules: { findings: ["G1202R", "L1196M"] },
      fromRows: (rows) => ({
        resistanceProfile: rows.map((row) => ({
          drug: { name: row.drug.name },
          activity: row.activity,
          inferred: row.inferred,
          evidence: row.claims.map((claim) => ({ evidence: { level: claim.level, sources: claim.sources } })),
        })),
      }),
    },
    canonical: { ours: (d) => d.resistanceProfile },
  },
  {
    name: "resistanceProfileLowerBound",
    description: "resistanceProfile of G1202R + L1196M against a raw Cypher that does less (no rules)",
    rawLowerBound:
      "raw Cypher is a lower bound: the compound's own claim, else its worst component's, per drug; none of the " +
      "rules (source kinds, clinical over preclinical, mechanisms, bypass caps, name resolution, every ALK TKI)",
    ours: {
      field: "resistanceProfile",
      query:
        '{ resistanceProfile(findings: ["G1202R", "L1196M"]) { drug { name } activity inferred evidence { evidence { level sources } } } }',
    },
    raw: {
      // Activity of every drug against the compound mutation itself when measured, otherwise inferred from its
      // components (the worst component wins), with the evidence behind it.
      cypher: `MATCH (c:CompoundMutation {nameKey: $key})
WITH c LIMIT 1
MATCH (d:Drug)
CALL (c, d) {
  OPTIONAL MATCH (c)-[r:CONFERS_RESISTANCE_TO|SENSITIVE_TO]->(d)
  WITH r ORDER BY CASE r.activity WHEN 'RESISTANT' THEN 0 WHEN 'INTERMEDIATE' THEN 1 ELSE 2 END LIMIT 1
  RETURN r AS direct
}
CALL (c, d) {
  OPTIONAL MATCH (c)-[:HAS_COMPONENT]->(:Variant)-[r:CONFERS_RESISTANCE_TO|SENSITIVE_TO]->(d)
  WITH r ORDER BY CASE r.activity WHEN 'RESISTANT' THEN 0 WHEN 'INTERMEDIATE' THEN 1 ELSE 2 END LIMIT 1
  RETURN r AS viaComponent
}
WITH d, coalesce(direct, viaComponent) AS r, direct IS NULL AS inferred
WHERE r IS NOT NULL
RETURN collect({drug: {name: d.name}, activity: r.activity, inferred: inferred,
  evidence: {level: r.evidenceLevel, sources: r.sources}}) AS profile`,
      params: { key: "g1202r+l1196m" },
      toData: (row) => ({ resistanceProfile: row.profile }),
    },
    canonical: { ours: (d) => d.resistanceProfile },
  },
  {
    name: "shortestPath",
    description: `shortestPath from variant ALK-G1202R to trial ${PATH_TRIAL}`,
    ours: {
      field: "shortestPath",
      query: `{ shortestPath(from: { id: "ALK-G1202R" }, to: { id: "${PATH_TRIAL}" }) { nodes { id } relationships { type } } }`,
    },
    raw: {
      cypher: `MATCH (a:Variant {id: $from}), (b:ClinicalTrial {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN [n IN nodes(p) | {id: n.id}] AS nodes, [r IN relationships(p) | {type: type(r)}] AS relationships`,
      params: { from: "ALK-G1202R", to: PATH_TRIAL },
      toData: (row) => ({ shortestPath: { nodes: row.nodes, relationships: row.relationships } }),
    },
    canonical: { ours: (d) => d.shortestPath },
  },
  {
    name: "neighborhood",
    description: "neighbourhood of the hub lorlatinib, depth 2, 50 nodes, with the relationships among them",
    ours: {
      field: "neighborhood",
      query: '{ neighborhood(id: "lorlatinib", depth: 2) { nodes { id distance } edges { type from to } } }',
    },
    raw: {
      // The naive form: every node within two hops by breadth-first search, nearest first, then by id.
      cypher: `MATCH (s:Entity {id: $id})
MATCH p = ANY SHORTEST (s)-[]-{0,2}(m:Entity)
WITH m, length(p) AS distance ORDER BY distance, m.id LIMIT 50
WITH collect({id: m.id, distance: distance}) AS nodes, collect(m) AS members
RETURN nodes, COLLECT {
  MATCH (a)-[r]->(b) WHERE a IN members AND b IN members
  WITH a, r, b ORDER BY a.id, type(r), b.id, r.key
  RETURN {type: type(r), from: a.id, to: b.id}
} AS edges`,
      params: { id: "lorlatinib" },
      toData: (row) => ({ neighborhood: { nodes: row.nodes, edges: row.edges } }),
    },
    canonical: { ours: (d) => d.neighborhood },
  },
];

export function operation(name: string): Operation {
  const op = OPERATIONS.find((o) => o.name === name);
  if (!op) throw new Error(`unknown operation ${name}`);
  return op;
}

/** The GraphQL text a server runs for an operation, or undefined when that server cannot express it. */
export function graphqlFor(op: Operation, server: ServerName): { field: string; query: string } | undefined {
  if (server === "ours" || server === "ours-cached") return op.ours;
  if (server === "neo4j-graphql") return op.neo4jGraphql;
  return undefined;
}
