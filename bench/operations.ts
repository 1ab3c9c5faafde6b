/**
 * The benchmark's operations, in one place: the GraphQL text for this server and for @neo4j/graphql, the
 * hand-written Cypher of the raw baseline, and how each answer is reduced to a canonical form for the equality
 * check. An operation runs only against servers whose schema has its root field (checked by introspection), so
 * `resistanceProfile` and `shortestPath` start being measured as soon as this server gains them.
 */
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

export interface Operation {
  name: string;
  description: string;
  ours: { field: string; query: string };
  neo4jGraphql?: { field: string; query: string };
  raw: RawQuery;
  /** The part of the answer the three must agree on (the raw baseline answers in this server's shape). */
  canonical: { ours(data: Data): unknown; neo4jGraphql?(data: Data): unknown };
}

/** A trial two hops away from ALK G1202R (G1202R → crizotinib ← PROFILE 1014), for shortestPath. */
const PATH_TRIAL = "NCT01154140";

/**
 * This server lists claims (one per edge: clinical and preclinical evidence for one pair are two entries) where
 * @neo4j/graphql lists distinct nodes, so nested lists are compared as distinct names, in order.
 */
const distinct = (names: string[]): string[] => [...new Set(names)];

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
    description: "2-hop nested: crizotinib → 20 resistance variants → 20 drugs each",
    ours: {
      field: "drug",
      query: `{ drug(name: "crizotinib") { name variantActivity(first: 20, activity: [RESISTANT, INTERMEDIATE]) {
  variant { name drugActivity(first: 20, activity: [RESISTANT, INTERMEDIATE]) { drug { name } } } } } }`,
    },
    neo4jGraphql: {
      field: "drugs",
      query: `{ drugs(where: { nameKey: { eq: "crizotinib" } }) { name resistantVariants(limit: 20, sort: [{ id: ASC }]) {
  name resistantTo(limit: 20, sort: [{ id: ASC }]) { name } } } }`,
    },
    raw: {
      cypher: `MATCH (d:Drug {nameKey: $key})
CALL (d) {
  MATCH (d)<-[r:CONFERS_RESISTANCE_TO]-(v:Variant)
  WITH v ORDER BY v.id, r.key LIMIT 20
  RETURN collect({name: v.name, drugs: COLLECT {
    MATCH (v)-[:CONFERS_RESISTANCE_TO]->(o:Drug)
    WITH o ORDER BY o.id LIMIT 20
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
        const variants = drug.variantActivity.map(({ variant }) => ({
          name: variant.name as string,
          drugs: distinct((variant.drugActivity as { drug: { name: string } }[]).map((c) => c.drug.name)),
        }));
        return { name: drug.name, variants: variants.filter((v, i) => v.name !== variants[i - 1]?.name) };
      },
      neo4jGraphql: (d) => {
        const drug = first(d.drugs) as { name: string; resistantVariants: { name: string; resistantTo: Data[] }[] };
        return {
          name: drug.name,
          variants: drug.resistantVariants.map((v) => ({
            name: v.name,
            drugs: distinct(v.resistantTo.map((o) => o.name as string)),
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
