import { encodeCursor, SortKey } from "../../src/modules/shared/connection.js";
import { execute, parse, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { Context } from "../../src/context.js";
import type { CypherQuery } from "../../src/db/cypher.js";
import type { Executor, Params } from "../../src/db/executor.js";
import { createSchema } from "../../src/schema.js";
import { HubHints, NO_HINTS } from "../../src/translate/hub-hints.js";
import { translationStats } from "../../src/translate/translate-read.js";

// TCK of the translator, after neo4j/graphql's tests/tck: GraphQL in, the Cypher and parameters it compiles to
// out, without a database. The executor here records statements and returns no rows (roots answer null or an
// empty page); test/integration/translate.int.test.ts runs the same shapes on a real Neo4j.

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

interface Statement {
  name: string;
  cypher: string;
  params: Params;
}

async function translate(
  query: string,
  variables: Record<string, unknown> = {},
  document = parse(query),
  hints: HubHints = NO_HINTS,
) {
  const statements: Statement[] = [];
  const executor = {
    read: async (q: CypherQuery, params: Params = {}) => {
      statements.push({ name: q.name, cypher: q.text, params });
      return [];
    },
    countRows: () => undefined,
  };
  const contextValue = { executor, hints } as unknown as Context;
  const result = await execute({ schema, document, contextValue, variableValues: variables });
  expect(result.errors).toBeUndefined();
  return statements;
}

describe("lookups", () => {
  it("compiles a nested selection with an alias, a named fragment and filters into one statement", async () => {
    const statements = await translate(`{
      lorlatinib: drug(name: "Lorlatinib") {
        ...names
        clinical: variantActivity(first: 5, level: CLINICAL) {
          activity
          variant { name compounds(first: 2) { name } }
          evidence { sources publications { title } }
        }
      }
    }
    fragment names on Drug { name researchCodes }`);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.name).toBe("translate/drug");
    expect(statements[0]!.cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      OPTIONAL CALL () {
        MATCH (this0:Drug)
        WHERE this0.nameKey IN $keys
        RETURN this0
        ORDER BY this0.id ASC
        LIMIT 1
      }
      CALL (this0) {
        WITH this0
        WHERE this0 IS NOT NULL
        RETURN this0 AS this1
        UNION ALL
        WITH this0
        WHERE this0 IS NULL
        UNWIND $needles AS var2
        MATCH (this3:Drug)
        WHERE this3.keysText CONTAINS var2
        WITH DISTINCT this3
        ORDER BY this3.id ASC
        LIMIT 1
        RETURN this3 AS this1
      }
      RETURN this1 { .name, .researchCodes, _2_0: COLLECT {
        WITH (COUNT {
          (this1)<-[:(CONFERS_RESISTANCE_TO|SENSITIVE_TO)]-()
        } ^ 2) > ($p1 * COUNT {
          (:Variant)
        }) AS var4
        CALL (this1, var4) {
          UNWIND CASE var4
            WHEN true THEN []
            ELSE [this1]
          END AS this5
          CALL (this5) {
            MATCH (this5)<-[this6:(CONFERS_RESISTANCE_TO|SENSITIVE_TO)]-(this7:Variant)
            WHERE this6.evidenceLevel = $p0
            WITH this6, this7
            ORDER BY this7.id ASC, this6.key ASC
            LIMIT $p1
            RETURN this6, this7
          }
          RETURN this6, this7
          UNION ALL
          UNWIND CASE var4
            WHEN true THEN [this1]
            ELSE []
          END AS this8
          CALL (this8) {
            MATCH (this7:Variant) USING INDEX this7:Variant(id) WHERE this7.id IS NOT NULL
            MATCH (this8)<-[this6:(CONFERS_RESISTANCE_TO|SENSITIVE_TO)]-(this7:Variant)
            WHERE this6.evidenceLevel = $p0
            WITH this6, this7
            ORDER BY this7.id ASC, this6.key ASC
            LIMIT $p1
            RETURN this6, this7
          }
          RETURN this6, this7
        }
        RETURN {rel: properties(this6), other: this7 { .name, _0_0: COLLECT {
          WITH (COUNT {
            (this7)<-[:HAS_COMPONENT]-()
          } ^ 2) > ($p2 * COUNT {
            (:Variant)
          }) AS var9
          CALL (this7, var9) {
            UNWIND CASE var9
              WHEN true THEN []
              ELSE [this7]
            END AS this10
            CALL (this10) {
              MATCH (this10)<-[this11:HAS_COMPONENT]-(this12:Variant)
              WITH this11, this12
              ORDER BY this12.id ASC
              LIMIT $p2
              RETURN this11, this12
            }
            RETURN this11, this12
            UNION ALL
            UNWIND CASE var9
              WHEN true THEN [this7]
              ELSE []
            END AS this13
            CALL (this13) {
              MATCH (this12:Variant) USING INDEX this12:Variant(id) WHERE this12.id IS NOT NULL
              MATCH (this13)<-[this11:HAS_COMPONENT]-(this12:Variant)
              WITH this11, this12
              ORDER BY this12.id ASC
              LIMIT $p2
              RETURN this11, this12
            }
            RETURN this11, this12
          }
          RETURN this12.name
        } }, _1: COLLECT {
          UNWIND coalesce(this6.sources, []) AS var14
          MATCH (this15:Publication { id: var14 })
          WHERE NOT (var14 STARTS WITH 'NCT')
          RETURN this15 { .title }
        }}
      } } AS node"
    `);
    expect(statements[0]!.params).toMatchInlineSnapshot(`
      {
        "keys": [
          "lorlatinib",
        ],
        "needles": [
          "|lorlatinib|",
        ],
        "p0": "CLINICAL",
        "p1": 5,
        "p2": 2,
      }
    `);
  });

  it("compiles claim ends, union targets with inline fragments and the evidence's trials", async () => {
    const [statement] = await translate(`{
      mechanism(name: "MET amplification") {
        id
        overcomeBy(first: 2) {
          therapy { ... on Drug { name } ... on Regimen { id } }
          target { __typename }
          evidence { level trials { nctId } }
        }
        detection { methods }
      }
    }`);
    expect(statement!.cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      OPTIONAL CALL () {
        MATCH (this0:ResistanceMechanism)
        WHERE this0.nameKey IN $keys
        RETURN this0
        ORDER BY this0.id ASC
        LIMIT 1
      }
      CALL (this0) {
        WITH this0
        WHERE this0 IS NOT NULL
        RETURN this0 AS this1
        UNION ALL
        WITH this0
        WHERE this0 IS NULL
        UNWIND $needles AS var2
        MATCH (this3:ResistanceMechanism)
        WHERE this3.keysText CONTAINS var2
        WITH DISTINCT this3
        ORDER BY this3.id ASC
        LIMIT 1
        RETURN this3 AS this1
      }
      RETURN this1 { .id, .detectionMethods, .plasmaDetectable, .detectionNote, .detectionSources, _2_0: COLLECT {
        WITH (COUNT {
          (this1)<-[:OVERCOMES]-()
        } ^ 2) > ($p0 * COUNT {
          (:Drug)
        }) AS var4
        CALL (this1, var4) {
          UNWIND CASE var4
            WHEN true THEN []
            ELSE [this1]
          END AS this5
          CALL (this5) {
            MATCH (this5)<-[this6:OVERCOMES]-(this7:Drug)
            WITH this6, this7
            ORDER BY this7.id ASC, this6.key ASC
            LIMIT $p0
            RETURN this6, this7
          }
          RETURN this6, this7
          UNION ALL
          UNWIND CASE var4
            WHEN true THEN [this1]
            ELSE []
          END AS this8
          CALL (this8) {
            MATCH (this7:Drug) USING INDEX this7:Drug(id) WHERE this7.id IS NOT NULL
            MATCH (this8)<-[this6:OVERCOMES]-(this7:Drug)
            WITH this6, this7
            ORDER BY this7.id ASC, this6.key ASC
            LIMIT $p0
            RETURN this6, this7
          }
          RETURN this6, this7
        }
        RETURN {rel: properties(this6), parent: this1 { __labels: labels(this1) }, other: this7 { .name, __labels: labels(this7) }, _0: COLLECT {
          UNWIND coalesce(this6.sources, []) AS var9
          MATCH (this10:ClinicalTrial { id: var9 })
          WHERE var9 STARTS WITH 'NCT'
          RETURN this10 { .nctId }
        }}
      }, _2_1: COLLECT {
        WITH (COUNT {
          (this1)<-[:OVERCOMES]-()
        } ^ 2) > ($p1 * COUNT {
          (:Regimen)
        }) AS var11
        CALL (this1, var11) {
          UNWIND CASE var11
            WHEN true THEN []
            ELSE [this1]
          END AS this12
          CALL (this12) {
            MATCH (this12)<-[this13:OVERCOMES]-(this14:Regimen)
            WITH this13, this14
            ORDER BY this14.id ASC, this13.key ASC
            LIMIT $p1
            RETURN this13, this14
          }
          RETURN this13, this14
          UNION ALL
          UNWIND CASE var11
            WHEN true THEN [this1]
            ELSE []
          END AS this15
          CALL (this15) {
            MATCH (this14:Regimen) USING INDEX this14:Regimen(id) WHERE this14.id IS NOT NULL
            MATCH (this15)<-[this13:OVERCOMES]-(this14:Regimen)
            WITH this13, this14
            ORDER BY this14.id ASC, this13.key ASC
            LIMIT $p1
            RETURN this13, this14
          }
          RETURN this13, this14
        }
        RETURN {rel: properties(this13), parent: this1 { __labels: labels(this1) }, other: this14 { .id, __labels: labels(this14) }, _1: COLLECT {
          UNWIND coalesce(this13.sources, []) AS var16
          MATCH (this17:ClinicalTrial { id: var16 })
          WHERE var16 STARTS WITH 'NCT'
          RETURN this17 { .nctId }
        }}
      } } AS node"
    `);
    expect(statement!.params).toMatchInlineSnapshot(`
      {
        "keys": [
          "metamplification",
        ],
        "needles": [
          "|metamplification|",
        ],
        "p0": 2,
        "p1": 2,
      }
    `);
  });

  it("reads a trial by id with its arms, outcomes and their therapy", async () => {
    const [statement] = await translate(`{
      trial(nctId: "NCT01970865") {
        url
        arms { label drugs { name } outcomes { orrPercent therapy { ... on Drug { name } } trial { nctId } } }
      }
    }`);
    expect(statement!.cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      MATCH (this0:ClinicalTrial { id: $id })
      RETURN this0 { .id, .armLabels, _0: COLLECT {
        MATCH (this0)-[this1:TESTS]->(this2:Drug)
        WITH this1, this2
        ORDER BY this2.id ASC, this1.key ASC
        LIMIT 500
        RETURN {arm: this1.armIndex, node: this2 { .name }}
      }, _1: COLLECT {
        MATCH (this0)-[this3:HAS_OUTCOME]->(this4:Outcome)
        WITH this3, this4
        ORDER BY this4.id ASC
        LIMIT 500
        RETURN {arm: this3.arm, node: this4 { .orrPercent, _2: COLLECT {
          MATCH (this5:Drug { id: this4.therapyId })
          WHERE NOT (coalesce(this4.therapyKind, '') = 'Regimen')
          RETURN this5 { .name, __labels: labels(this5) }
        }, _3: COLLECT {
          MATCH (this6:Regimen { id: this4.therapyId })
          WHERE coalesce(this4.therapyKind, '') = 'Regimen'
          RETURN this6 { __labels: labels(this6) }
        }, _4: COLLECT {
          MATCH (this7:ClinicalTrial { id: this4.trialId })
          RETURN this7 { .nctId }
        } }}
      } } AS node"
    `);
    expect(statement!.params).toMatchInlineSnapshot(`
      {
        "id": "NCT01970865",
      }
    `);
  });
});

describe("hub pages", () => {
  it("gates each relationship list on the parent's degree: its edges sorted, or the other end's id index walked", async () => {
    // related/edges-out.cypher's rule in the statement: degree² > first × nodes of the other end's label makes the
    // parent a hub, read by walking Drug's id index in order (Expand(Into) from the small side, cut at `first`);
    // otherwise its edges are sorted. The two ways give the same page; one of them runs per parent node.
    const [statement] = await translate(`{
      variant(name: "G1202R") { drugActivity(first: 20, activity: [RESISTANT]) { activity drug { name } } }
    }`);
    expect(statement!.cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      OPTIONAL CALL () {
        MATCH (this0:Variant)
        WHERE this0.nameKey IN $keys
        RETURN this0
        ORDER BY this0.id ASC
        LIMIT 1
      }
      CALL (this0) {
        WITH this0
        WHERE this0 IS NOT NULL
        RETURN this0 AS this1
        UNION ALL
        WITH this0
        WHERE this0 IS NULL
        UNWIND $needles AS var2
        MATCH (this3:Variant)
        WHERE this3.keysText CONTAINS var2
        WITH DISTINCT this3
        ORDER BY this3.id ASC
        LIMIT 1
        RETURN this3 AS this1
      }
      RETURN this1 { _0_0: COLLECT {
        WITH (COUNT {
          (this1)-[:CONFERS_RESISTANCE_TO]->()
        } ^ 2) > ($p1 * COUNT {
          (:Drug)
        }) AS var4
        CALL (this1, var4) {
          UNWIND CASE var4
            WHEN true THEN []
            ELSE [this1]
          END AS this5
          CALL (this5) {
            MATCH (this5)-[this6:CONFERS_RESISTANCE_TO]->(this7:Drug)
            WHERE this6.activity IN $p0
            WITH this6, this7
            ORDER BY this7.id ASC, this6.key ASC
            LIMIT $p1
            RETURN this6, this7
          }
          RETURN this6, this7
          UNION ALL
          UNWIND CASE var4
            WHEN true THEN [this1]
            ELSE []
          END AS this8
          CALL (this8) {
            MATCH (this7:Drug) USING INDEX this7:Drug(id) WHERE this7.id IS NOT NULL
            MATCH (this8)-[this6:CONFERS_RESISTANCE_TO]->(this7:Drug)
            WHERE this6.activity IN $p0
            WITH this6, this7
            ORDER BY this7.id ASC, this6.key ASC
            LIMIT $p1
            RETURN this6, this7
          }
          RETURN this6, this7
        }
        RETURN {rel: properties(this6), other: this7 { .name }}
      } } AS node"
    `);
    expect(statement!.params).toMatchInlineSnapshot(`
      {
        "keys": [
          "g1202r",
        ],
        "needles": [
          "|g1202r|",
        ],
        "p0": [
          "RESISTANT",
        ],
        "p1": 20,
      }
    `);
  });
});

describe("hub hints", () => {
  // Hints as the server reads them from the graph (stats/degree-in|out.cypher): here every kind reports a few
  // edges, so no node can be a hub and each list is a plain sorted page.
  async function quietHints(): Promise<HubHints> {
    const hints = new HubHints();
    const reader = { read: async () => [{ total: 12, maxDegree: 3 }] } as unknown as Executor;
    await hints.refresh(reader);
    return hints;
  }

  it("sorts a parent's edges without the hub test where no node has more than HUB_MIN_DEGREE of them", async () => {
    const query = `{
      drug(name: "crizotinib") {
        variantActivity(first: 20, activity: [RESISTANT, INTERMEDIATE]) { variant { name drugActivity(first: 5) { drug { name } } } }
      }
    }`;
    const [statement] = await translate(query, {}, parse(query), await quietHints());
    expect(statement!.cypher.slice(statement!.cypher.indexOf("RETURN this1"))).toMatchInlineSnapshot(`
      "RETURN this1 { _1_0: COLLECT {
        MATCH (this1)<-[this4:CONFERS_RESISTANCE_TO]-(this5:Variant)
        WITH this4, this5
        ORDER BY this5.id ASC, this4.key ASC
        LIMIT $p0
        RETURN this5 { .name, _0_0: COLLECT {
          MATCH (this5)-[this6:(CONFERS_RESISTANCE_TO|SENSITIVE_TO)]->(this7:Drug)
          WITH this6, this7
          ORDER BY this7.id ASC, this6.key ASC
          LIMIT $p1
          RETURN this7.name
        } }
      } } AS node"
    `);
  });

  it("compiles again when the hints change, and keeps the hub test for kinds they know nothing of", async () => {
    const query = `{ gene(symbol: "ALK") { variants(first: 3) { name } } }`;
    const document = parse(query);
    const hints = await quietHints();
    const [quiet] = await translate(query, {}, document, hints);
    const [unknown] = await translate(query, {}, document, NO_HINTS);
    expect(quiet!.cypher).not.toContain("COUNT {");
    expect(unknown!.cypher).toMatch(/USING INDEX this\d+:Variant\(id\)/);
    const reader = { read: async () => [{ total: 900, maxDegree: 700 }] } as unknown as Executor;
    await hints.refresh(reader);
    const [busy] = await translate(query, {}, document, hints);
    expect(busy!.cypher).toBe(unknown!.cypher);
  });
});

describe("activity filters", () => {
  const edgesOf = (cypher: string) => [...cypher.matchAll(/MATCH \(this\d+\)-\[this\d+:([^\]]+)\]/g)].map((m) => m[1]);

  it("follows only the relationship types a literal activity list is stored as", async () => {
    const [resistant] = await translate(
      `{ variant(name: "G1202R") { drugActivity(activity: [RESISTANT]) { drug { name } } } }`,
    );
    const [sensitive] = await translate(
      `{ variant(name: "G1202R") { drugActivity(activity: SENSITIVE) { drug { name } } } }`,
    );
    const [both] = await translate(
      `{ variant(name: "G1202R") { drugActivity(activity: [SENSITIVE, INTERMEDIATE]) { drug { name } } } }`,
    );
    const [none] = await translate(`{ variant(name: "G1202R") { drugActivity { drug { name } } } }`);
    expect(edgesOf(resistant!.cypher)).toEqual(["CONFERS_RESISTANCE_TO", "CONFERS_RESISTANCE_TO"]);
    expect(edgesOf(sensitive!.cypher)).toEqual(["SENSITIVE_TO", "SENSITIVE_TO"]);
    expect(edgesOf(both!.cypher)).toEqual([
      "(CONFERS_RESISTANCE_TO|SENSITIVE_TO)",
      "(CONFERS_RESISTANCE_TO|SENSITIVE_TO)",
    ]);
    expect(edgesOf(none!.cypher)).toEqual([
      "(CONFERS_RESISTANCE_TO|SENSITIVE_TO)",
      "(CONFERS_RESISTANCE_TO|SENSITIVE_TO)",
    ]);
  });

  it("filters on the edge's activity only where the types followed hold activities the list leaves out", async () => {
    const [resistant] = await translate(
      `{ variant(name: "G1202R") { drugActivity(activity: [RESISTANT]) { drug { name } } } }`,
    );
    const [resistance] = await translate(
      `{ variant(name: "G1202R") { drugActivity(activity: [INTERMEDIATE, RESISTANT]) { drug { name } } } }`,
    );
    expect(resistant!.cypher).toContain("WHERE this6.activity IN $p0");
    expect(resistant!.params.p0).toEqual(["RESISTANT"]);
    expect(resistance!.cypher).not.toContain(".activity");
  });

  it("keeps every type when the list comes from a variable (the statement serves other values too)", async () => {
    const query = `query ($a: [Activity!]) { variant(name: "G1202R") { drugActivity(activity: $a) { drug { name } } } }`;
    const [statement] = await translate(query, { a: ["RESISTANT"] });
    expect(edgesOf(statement!.cypher)).toEqual([
      "(CONFERS_RESISTANCE_TO|SENSITIVE_TO)",
      "(CONFERS_RESISTANCE_TO|SENSITIVE_TO)",
    ]);
    expect(statement!.params.p0).toEqual(["RESISTANT"]);
  });

  it("reads no edges for an empty list", async () => {
    const [statement] = await translate(
      `{ variant(name: "G1202R") { name drugActivity(activity: []) { drug { name } } } }`,
    );
    expect(statement!.cypher).toContain("RETURN this1 { .name, _0_0: [] } AS node");
  });
});

describe("claims asked only for their other end", () => {
  it("return the other end's projection, not a map around it; with the claim's own fields, the map", async () => {
    const [bare] = await translate(
      `{ drug(name: "lorlatinib") { variantActivity(first: 2) { variant { name } v: variant { id } } } }`,
    );
    const [full] = await translate(
      `{ drug(name: "lorlatinib") { variantActivity(first: 2) { activity variant { name } } } }`,
    );
    expect(bare!.cypher).toContain("RETURN this7 { .name, .id }\n");
    expect(full!.cypher).toContain("RETURN {rel: properties(this6), other: this7 { .name }}");
    // One stored property asked (under any number of aliases): the item is its value.
    const [scalar] = await translate(
      `{ drug(name: "lorlatinib") { variantActivity(first: 2) { variant { name } again: variant { name } } } }`,
    );
    expect(scalar!.cypher).toContain("RETURN this7.name\n");
    // A list that drops repeated nodes reads their ids: a map.
    const [unique] = await translate(`{ drug(name: "lorlatinib") { trials(first: 2) { nctId } } }`);
    expect(unique!.cypher).toMatch(/RETURN this\d+ \{ \.id, \.nctId \}|RETURN this\d+ \{ \.nctId, \.id \}/);
  });
});

describe("connections", () => {
  it("tests the cursor only on pages after one, and orders by id alone when sorted by id", async () => {
    const after = encodeCursor({ orderBy: SortKey.NAME, value: "A", id: "NCT1" });
    const [next] = await translate(
      `{ trials(first: 2, phase: PHASE3, orderBy: NAME, after: "${after}") { edges { node { nctId } } } }`,
    );
    expect(next!.cypher).toContain(
      "WHERE (n.phase = $where.phase AND (n.name > $after.value OR (n.name = $after.value AND n.id > $after.id)))\n",
    );
    expect(next!.cypher).toContain("ORDER BY n.name ASC, n.id ASC\n");
    expect(next!.params.after).toEqual({ value: "A", id: "NCT1" });
    const [first] = await translate(`{ trials(first: 2) { edges { node { nctId } } } }`);
    expect(first!.cypher).not.toContain("$after");
    expect(first!.cypher).toContain("ORDER BY n.id ASC\n");
    expect(first!.params).not.toHaveProperty("after");
  });

  it("compiles a filtered page with totalCount, pageInfo and nested lists into one statement", async () => {
    const [statement, ...rest] = await translate(`{
      trials(first: 2, phase: PHASE3, orderBy: NAME) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { nctId drugs(first: 3) { name targets(first: 1) { gene { symbol } } } } }
      }
    }`);
    expect(rest).toHaveLength(0);
    expect(statement!.cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      MATCH (n:ClinicalTrial)
      WHERE n.phase = $where.phase
      WITH count(n) AS total
      RETURN total, COLLECT {
        MATCH (n:ClinicalTrial)
        WHERE n.phase = $where.phase
        WITH n
        ORDER BY n.name ASC, n.id ASC
        LIMIT $limit
        RETURN n { .nctId, .id, .name, _1_0: COLLECT {
          WITH (COUNT {
            (n)-[:TESTS]->()
          } ^ 2) > ($p0 * COUNT {
            (:Drug)
          }) AS var0
          CALL (n, var0) {
            UNWIND CASE var0
              WHEN true THEN []
              ELSE [n]
            END AS this1
            CALL (this1) {
              MATCH (this1)-[this2:TESTS]->(this3:Drug)
              WITH this2, this3
              ORDER BY this3.id ASC, this2.key ASC
              LIMIT $p0
              RETURN this2, this3
            }
            RETURN this2, this3
            UNION ALL
            UNWIND CASE var0
              WHEN true THEN [n]
              ELSE []
            END AS this4
            CALL (this4) {
              MATCH (this3:Drug) USING INDEX this3:Drug(id) WHERE this3.id IS NOT NULL
              MATCH (this4)-[this2:TESTS]->(this3:Drug)
              WITH this2, this3
              ORDER BY this3.id ASC, this2.key ASC
              LIMIT $p0
              RETURN this2, this3
            }
            RETURN this2, this3
          }
          RETURN this3 { .id, .name, _0_0: COLLECT {
            WITH (COUNT {
              (this3)-[:TARGETS]->()
            } ^ 2) > ($p1 * COUNT {
              (:Gene)
            }) AS var5
            CALL (this3, var5) {
              UNWIND CASE var5
                WHEN true THEN []
                ELSE [this3]
              END AS this6
              CALL (this6) {
                MATCH (this6)-[this7:TARGETS]->(this8:Gene)
                WITH this7, this8
                ORDER BY this8.id ASC, this7.key ASC
                LIMIT $p1
                RETURN this7, this8
              }
              RETURN this7, this8
              UNION ALL
              UNWIND CASE var5
                WHEN true THEN [this3]
                ELSE []
              END AS this9
              CALL (this9) {
                MATCH (this8:Gene) USING INDEX this8:Gene(id) WHERE this8.id IS NOT NULL
                MATCH (this9)-[this7:TARGETS]->(this8:Gene)
                WITH this7, this8
                ORDER BY this8.id ASC, this7.key ASC
                LIMIT $p1
                RETURN this7, this8
              }
              RETURN this7, this8
            }
            RETURN this8.symbol
          } }
        } }
      } AS nodes"
    `);
    expect(statement!.params).toMatchInlineSnapshot(`
      {
        "limit": 3,
        "p0": 3,
        "p1": 1,
        "where": {
          "phase": "PHASE3",
        },
      }
    `);
  });

  it("leaves the count out when totalCount is not asked", async () => {
    const [statement] = await translate(`{ genes(first: 1) { edges { node { symbol } } } }`);
    expect(statement!.cypher).not.toContain("count(");
  });
});

describe("search", () => {
  it("projects each hit's node for every concrete type asked in fragments", async () => {
    const [statement] = await translate(`{
      search(text: "lorlatinib", first: 3) {
        score kind
        entity { ... on Drug { name trials(first: 2) { nctId } } ... on Variant { fullName } }
      }
    }`);
    expect(statement!.name).toBe("translate/search");
    expect(statement!.cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
      YIELD node, score
      WITH node, score
      ORDER BY score DESC, node.id ASC
      RETURN score, node { .name, .fullName, __labels: labels(node), _0_0: COLLECT {
        WITH (COUNT {
          (node)<-[:TESTS]-()
        } ^ 2) > ($p0 * COUNT {
          (:ClinicalTrial)
        }) AS var0
        CALL (node, var0) {
          UNWIND CASE var0
            WHEN true THEN []
            ELSE [node]
          END AS this1
          CALL (this1) {
            MATCH (this1)<-[this2:TESTS]-(this3:ClinicalTrial)
            WITH this2, this3
            ORDER BY this3.id ASC, this2.key ASC
            LIMIT $p0
            RETURN this2, this3
          }
          RETURN this2, this3
          UNION ALL
          UNWIND CASE var0
            WHEN true THEN [node]
            ELSE []
          END AS this4
          CALL (this4) {
            MATCH (this3:ClinicalTrial) USING INDEX this3:ClinicalTrial(id) WHERE this3.id IS NOT NULL
            MATCH (this4)<-[this2:TESTS]-(this3:ClinicalTrial)
            WITH this2, this3
            ORDER BY this3.id ASC, this2.key ASC
            LIMIT $p0
            RETURN this2, this3
          }
          RETURN this2, this3
        }
        RETURN this3 { .id, .nctId }
      } } AS entity"
    `);
    expect(statement!.params).toMatchInlineSnapshot(`
      {
        "limit": 3,
        "p0": 2,
        "query": "(lorlatinib OR lorlatinib*)",
      }
    `);
  });
});

describe("the translation cache", () => {
  const QUERY = `query($name: String!, $level: EvidenceLevel, $first: Int!) {
    drug(name: $name) { variantActivity(first: $first, level: $level) { variant { name } } }
  }`;

  it("reuses the compiled statement for the same document and variable shape; values change only parameters", async () => {
    const document = parse(QUERY);
    const before = { ...translationStats };
    const [a] = await translate(QUERY, { name: "alectinib", level: "CLINICAL", first: 3 }, document);
    const [b] = await translate(QUERY, { name: "lorlatinib", level: "PRECLINICAL", first: 7 }, document);
    expect(translationStats.compiled - before.compiled).toBe(1);
    expect(translationStats.reused - before.reused).toBe(1);
    expect(b!.cypher).toBe(a!.cypher);
    expect(a!.params).toMatchObject({ keys: ["alectinib"], p0: "CLINICAL", p1: 3 });
    expect(b!.params).toMatchObject({ keys: ["lorlatinib"], p0: "PRECLINICAL", p1: 7 });
  });

  it("compiles again when a filter variable turns null (the predicate leaves the statement)", async () => {
    const document = parse(QUERY);
    const [withLevel] = await translate(QUERY, { name: "alectinib", level: "CLINICAL", first: 3 }, document);
    const [without] = await translate(QUERY, { name: "alectinib", level: null, first: 3 }, document);
    expect(withLevel!.cypher).toContain("evidenceLevel = $p0");
    expect(without!.cypher).not.toContain("evidenceLevel");
  });
});
