import { randomUUID } from "node:crypto";
import type { ProfiledPlan } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cypher, cypherTemplate, type CypherQuery } from "../../src/db/cypher.js";
import { Executor, toCypherValue, type Params } from "../../src/db/executor.js";
import { keysText, nameKey } from "../../src/graph/normalize.js";
import { EDGES } from "../../src/modules/claims/claim-edges.js";
import { data, openTestGraph, run as runQuery, type TestGraph } from "../helpers/graph.js";

/**
 * Hubs must not be read whole. Test-owned hubs (a Drug with `size` Variant claims against it, the first 200 variants
 * with one more neighbour of their own) of two sizes, ten times apart: the database work of one request (PROFILE db hits)
 * must stay about the same, and below the big hub's degree, while the answer stays the smallest ids, nearest first.
 * The two hubs' leaves interleave in id order (leaf k of each sits side by side), as neighbours of a real hub are
 * spread over the id space.
 */
const run = `test-${randomUUID().slice(0, 8)}`;
const SMALL = 2000;
const BIG = 20000;
const hubId = (size: number) => `${run}-hub-${size}`;
const leafId = (size: number, k: number) => `${run}-leaf-${String(k).padStart(5, "0")}-${size}`;

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  for (const size of [SMALL, BIG]) {
    await graph.executor.write(
      {
        name: "test/hub",
        text: `CREATE (h:Drug:Entity {id: $hub, name: $hub, nameKey: $key, keysText: $keysText})
WITH h
UNWIND range(0, $size - 1) AS k
CREATE (v:Variant:Entity {id: $prefix + right('0000' + toString(k), 5) + $suffix, name: 'leaf'})
CREATE (v)-[:CONFERS_RESISTANCE_TO {key: v.id, activity: 'RESISTANT', evidenceLevel: 'PRECLINICAL'}]->(h)
WITH v, k WHERE k < 200
CREATE (v)-[:MEDIATES]->(:ResistanceMechanism:Entity {id: v.id + '-m', name: 'm'})`,
      },
      {
        hub: hubId(size),
        key: nameKey(hubId(size)),
        keysText: keysText([nameKey(hubId(size))]),
        size,
        prefix: `${run}-leaf-`,
        suffix: `-${size}`,
      },
    );
  }
  // As the server would within a minute: the kind of Drug.variantActivity now has hubs.
  await graph.hints.refresh(graph.executor);
});

afterAll(async () => {
  await graph.executor.write(
    { name: "test/hub-clean", text: "MATCH (n:Entity) WHERE n.id STARTS WITH $run DETACH DELETE n" },
    { run },
  );
  await graph.close();
});

const sum = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((n, c) => n + sum(c), 0);

async function dbHits(text: string, params: Record<string, unknown>): Promise<number> {
  const session = graph.driver.session();
  try {
    const result = await session.run(`PROFILE ${text}`, toCypherValue(params) as Record<string, unknown>);
    return sum(result.summary.profile as ProfiledPlan);
  } finally {
    await session.close();
  }
}

describe("neighborhood of a hub", () => {
  const params = (size: number) => ({ id: hubId(size), depth: 2, limit: 50, fanOut: 100, edgeLimit: 1000 });

  it("answers the smallest ids first, nearest first, whichever way the hub's neighbours were read", async () => {
    const answer = await data<{ neighborhood: { nodes: { id: string; distance: number }[] } }>(
      graph,
      `{ neighborhood(id: "${hubId(BIG)}", depth: 2, first: 10, fanOut: 5) { nodes { id distance } } }`,
    );
    expect(answer.neighborhood.nodes).toEqual([
      { id: hubId(BIG), distance: 0 },
      ...[0, 1, 2, 3, 4].map((k) => ({ id: leafId(BIG, k), distance: 1 })),
      ...[0, 1, 2, 3].map((k) => ({ id: `${leafId(BIG, k)}-m`, distance: 2 })),
    ]);
  });

  it("costs about the same database work for a hub ten times larger, and less than its degree", async () => {
    const text = cypher("queries/paths/neighborhood").text;
    const small = await dbHits(text, params(SMALL));
    const big = await dbHits(text, params(BIG));
    console.error(`neighborhood db hits: hub of ${SMALL}: ${small}, hub of ${BIG}: ${big}`);
    expect(big).toBeLessThan(BIG);
    expect(big).toBeLessThan(small * 1.5);
  });

  it("reads no farther hop once the nearer ones fill the answer: depth 2 costs what depth 1 costs, same nodes", async () => {
    // The hub's first hop alone has more than `limit` nodes, so the second hop could add none.
    const text = cypher("queries/paths/neighborhood").text;
    const [one] = await graph.executor.read({ name: "test/nbh-1", text }, { ...params(BIG), depth: 1 });
    const [two] = await graph.executor.read({ name: "test/nbh-2", text }, params(BIG));
    expect(two!.nodes).toEqual(one!.nodes);
    expect((two!.nodes as unknown[]).length).toBe(50);
    const [hits1, hits2] = [await dbHits(text, { ...params(BIG), depth: 1 }), await dbHits(text, params(BIG))];
    console.error(`neighborhood db hits, hub of ${BIG}: depth 1 ${hits1}, depth 2 ${hits2}`);
    expect(hits2).toBe(hits1);
  });

  it("rejects fanOut above its cap without a database call", async () => {
    const result = await runQuery(graph, `{ neighborhood(id: "${hubId(BIG)}", fanOut: 501) { nodes { id } } }`);
    expect(result.errors?.map((e) => e.message)).toEqual(["fanOut must be between 1 and 500, got 501"]);
    expect(result.roundTrips).toBe(0);
  });
});

describe("a page of a hub's claims (related/edges-in, as Drug.variantActivity reads it)", () => {
  const query = cypherTemplate("queries/related/edges-in", {
    fromLabel: "Drug",
    toLabel: "Variant",
    type: "CONFERS_RESISTANCE_TO",
  });
  const params = (size: number) => ({ ids: [hubId(size)], limit: 20, activity: ["RESISTANT"], level: null });

  it("is the first claims by the variant's id, read from the id index, not by sorting the hub's degree", async () => {
    for (const size of [SMALL, BIG]) {
      const [row] = await graph.executor.read(query, params(size));
      const ids = (row!.edges as { node: { id: string } }[]).map((e) => e.node.id);
      expect(ids).toEqual(Array.from({ length: 20 }, (_, k) => leafId(size, k)));
    }
    const small = await dbHits(query.text, params(SMALL));
    const big = await dbHits(query.text, params(BIG));
    console.error(`edges-in db hits: hub of ${SMALL}: ${small}, hub of ${BIG}: ${big}`);
    expect(big).toBeLessThan(SMALL);
    expect(big).toBeLessThan(small * 1.5);
  });
});

describe("a nested relationship list under a hub (the translator's COLLECT, as drug(name:) { variantActivity } reads it)", () => {
  const QUERY = `query($name: String!) {
    drug(name: $name) {
      id
      variantActivity(first: 20, activity: [RESISTANT]) {
        activity
        variant { id mechanisms(first: 2) { id } drugActivity(first: 3) { drug { id } } }
      }
    }
  }`;
  // The same page the way the naive Cypher reads it: the hub's whole degree sorted, then cut.
  const SORTED_WHOLE_DEGREE = `MATCH (:Drug {id: $hub})<-[r:CONFERS_RESISTANCE_TO|SENSITIVE_TO]-(v:Variant)
WHERE r.activity IN ['RESISTANT']
WITH r, v ORDER BY v.id, r.key LIMIT 20
RETURN collect({
  activity: r.activity,
  variant: {
    id: v.id,
    mechanisms: COLLECT {
      MATCH (v)-[m:MEDIATES]->(x:ResistanceMechanism) WITH m, x ORDER BY x.id, m.key LIMIT 2 RETURN {id: x.id}
    },
    drugActivity: COLLECT {
      MATCH (v)-[c:CONFERS_RESISTANCE_TO|SENSITIVE_TO]->(o:Drug) WITH c, o ORDER BY o.id, c.key LIMIT 3
      RETURN {drug: {id: o.id}}
    }
  }
}) AS page`;

  /** The answer through Apollo, and the one statement the translator sent for it (text and parameters). */
  async function translated(size: number) {
    const read = vi.spyOn(Executor.prototype, "read");
    try {
      const result = await runQuery(graph, QUERY, { name: hubId(size) });
      expect(result.errors).toBeUndefined();
      expect(result.roundTrips).toBe(1);
      const [query, params] = read.mock.calls.at(-1) as [CypherQuery, Params];
      return { data: result.data as { drug: { id: string; variantActivity: unknown[] } }, query, params: params ?? {} };
    } finally {
      read.mockRestore();
    }
  }

  it("answers what sorting the hub's whole degree answers: the smallest variant ids, at most `first`", async () => {
    for (const size of [SMALL, BIG]) {
      const { data } = await translated(size);
      const [expected] = await graph.executor.read(
        { name: "test/sorted-whole-degree", text: SORTED_WHOLE_DEGREE },
        {
          hub: hubId(size),
        },
      );
      expect(data.drug.id).toBe(hubId(size));
      expect(data.drug.variantActivity).toEqual(expected!.page);
      const ids = (data.drug.variantActivity as { variant: { id: string } }[]).map((c) => c.variant.id);
      expect(ids).toEqual(Array.from({ length: 20 }, (_, k) => leafId(size, k)));
    }
  });

  it("costs about the same database work for a hub ten times larger, and less than its degree", async () => {
    expect(graph.hints.mayHaveHub(EDGES.drugActivity)).toBe(true);
    const small = await translated(SMALL);
    const big = await translated(BIG);
    expect(big.query.text).toBe(small.query.text);
    expect(big.query.text).toContain("USING INDEX");
    const smallHits = await dbHits(small.query.text, small.params);
    const bigHits = await dbHits(big.query.text, big.params);
    const sorted = await dbHits(SORTED_WHOLE_DEGREE, { hub: hubId(BIG) });
    console.error(
      `translated nested list db hits: hub of ${SMALL}: ${smallHits}, hub of ${BIG}: ${bigHits} ` +
        `(whole degree sorted, hub of ${BIG}: ${sorted})`,
    );
    expect(bigHits).toBeLessThan(SMALL);
    expect(bigHits).toBeLessThan(smallHits * 1.5);
  });
});
