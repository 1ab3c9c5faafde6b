import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Executor } from "../../src/db/executor.js";
import { data, openTestGraph, run, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

describe("shortestPath", () => {
  it("links a variant to a trial through cited claims, with each relationship's direction and evidence", async () => {
    const result = await data(
      graph,
      `{ shortestPath(from: {name: "ALK G1202R", kind: VARIANT}, to: {id: "NCT01970865"}, via: [SENSITIVE_TO, TESTS]) {
        length nodes { id kind name } relationships { type direction from to evidence { level sources } } } }`,
    );
    expect(result).toEqual({
      shortestPath: {
        length: 2,
        nodes: [
          { id: "ALK-G1202R", kind: "Variant", name: "ALK G1202R" },
          { id: "lorlatinib", kind: "Drug", name: "Lorlatinib" },
          { id: "NCT01970865", kind: "ClinicalTrial", name: "NCT01970865" },
        ],
        relationships: [
          {
            type: "SENSITIVE_TO",
            direction: "FORWARD",
            from: "ALK-G1202R",
            to: "lorlatinib",
            evidence: expect.objectContaining({ sources: expect.any(Array) }),
          },
          {
            type: "TESTS",
            direction: "BACKWARD",
            from: "NCT01970865",
            to: "lorlatinib",
            evidence: { level: "CLINICAL", sources: ["NCT01970865"] },
          },
        ],
      },
    });
  });

  it("reads nodes' and relationships' properties only when entity or a claim's fields are asked, same path", async () => {
    const read = vi.spyOn(Executor.prototype, "read");
    try {
      const ask = (extra: string) =>
        data<{ shortestPath: { nodes: Record<string, unknown>[]; relationships: Record<string, unknown>[] } }>(
          graph,
          `{ shortestPath(from: {id: "ALK-G1202R"}, to: {id: "NCT01970865"}, via: [SENSITIVE_TO, TESTS]) {
            nodes { id kind name ${extra ? "entity { ... on Drug { approvalStatus } }" : ""} }
            relationships { type from to ${extra ? "...R" : ""} } } } ${extra ? "fragment R on PathRelationship { activity evidence { level } }" : ""}`,
        );
      const bare = await ask("");
      const full = await ask("details");
      const [, bareParams] = read.mock.calls[0] as [unknown, { entities: boolean; claims: boolean }];
      const [, fullParams] = read.mock.calls[1] as [unknown, { entities: boolean; claims: boolean }];
      expect([bareParams.entities, bareParams.claims, fullParams.entities, fullParams.claims]).toEqual([
        false,
        false,
        true,
        true,
      ]);
      const strip = (r: typeof bare) => ({
        nodes: r.shortestPath.nodes.map(({ id, kind, name }) => ({ id, kind, name })),
        relationships: r.shortestPath.relationships.map(({ type, from, to }) => ({ type, from, to })),
      });
      expect(strip(full)).toEqual(strip(bare));
      expect(full.shortestPath.nodes[1]).toMatchObject({ id: "lorlatinib", entity: { approvalStatus: "APPROVED" } });
      expect(full.shortestPath.relationships[0]).toMatchObject({
        activity: "SENSITIVE",
        evidence: { level: expect.any(String) },
      });
    } finally {
      read.mockRestore();
    }
  });

  it("answers null when no path exists within the hops and types allowed", async () => {
    expect(
      await data(
        graph,
        '{ shortestPath(from: {id: "ALK-G1202R"}, to: {id: "NCT01970865"}, maxHops: 1, via: [SENSITIVE_TO, TESTS]) { length } }',
      ),
    ).toEqual({ shortestPath: null });
  });

  it("rejects maxHops above the cap and malformed refs without a database call", async () => {
    const tooFar = await run(graph, '{ shortestPath(from: {id: "a"}, to: {id: "b"}, maxHops: 9) { length } }');
    expect(tooFar.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ["maxHops must be between 1 and 8, got 9", "BAD_USER_INPUT"],
    ]);
    expect(tooFar.roundTrips).toBe(0);
    const both = await run(graph, '{ shortestPath(from: {id: "a", name: "b"}, to: {id: "c"}) { length } }');
    expect(both.errors?.[0]?.message).toBe("from takes either { id } or { name, kind }");
    expect(both.roundTrips).toBe(0);
  });

  it("rejects two refs to the same node, found by id and by name in the same read", async () => {
    const result = await run(
      graph,
      '{ shortestPath(from: {id: "lorlatinib"}, to: {name: "Lorbrena", kind: DRUG}) { length } }',
    );
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ["from and to are the same node", "BAD_USER_INPUT"],
    ]);
    expect(result.roundTrips).toBe(1);
  });

  it("answers the same when both ends are ids (the -by-id statement) as when one is a name", async () => {
    const read = vi.spyOn(Executor.prototype, "read");
    const fields = `length nodes { id kind name entity { ... on Drug { approvalStatus } } }
      relationships { type from to direction activity evidence { level sources } }`;
    const ask = (from: string, to: string) =>
      data(
        graph,
        `{ shortestPath(from: ${from}, to: ${to}, via: [SENSITIVE_TO, TESTS]) { ${fields} }
           paths(from: ${from}, to: {id: "lorlatinib"}, maxHops: 2) { ${fields} } }`,
      );
    const byIds = await ask('{id: "ALK-G1202R"}', '{id: "NCT01970865"}');
    const idReads = read.mock.calls.map(([query]) => query.name.split("(")[0]);
    read.mockClear();
    const byName = await ask('{name: "ALK G1202R", kind: VARIANT}', '{id: "NCT01970865"}');
    const nameReads = read.mock.calls.map(([query]) => query.name.split("(")[0]);
    read.mockRestore();
    expect(idReads).toEqual(["queries/paths/shortest-by-id", "queries/paths/all-by-id"]);
    expect(nameReads).toEqual(["queries/paths/shortest", "queries/paths/all"]);
    expect(byIds).toEqual(byName);
    expect((byIds as { paths: unknown[] }).paths.length).toBeGreaterThan(1);
  });

  it("rejects the same id at both ends", async () => {
    const result = await run(graph, '{ shortestPath(from: {id: "lorlatinib"}, to: {id: "lorlatinib"}) { length } }');
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ["from and to are the same node", "BAD_USER_INPUT"],
    ]);
  });

  it("rejects unknown ids with BAD_USER_INPUT naming them", async () => {
    const result = await run(graph, '{ shortestPath(from: {id: "nope"}, to: {id: "lorlatinib"}) { length } }');
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['no such node: from (id "nope")', "BAD_USER_INPUT"],
    ]);
    const both = await run(graph, '{ paths(from: {id: "nope"}, to: {id: "nor this"}) { length } }');
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(both.errors?.[0]?.message).toMatch(/from \(id "nope"\).*to \(id "nor this"\)/);
  });
});

describe("paths", () => {
  it("lists the shortest few paths without repeated nodes, shortest first", async () => {
    const result = await data<{
      paths: { length: number; nodes: { id: string }[]; relationships: { type: string }[] }[];
    }>(
      graph,
      `{ paths(from: {id: "ALK-G1202R"}, to: {name: "lorlatinib", kind: DRUG}, maxHops: 2, first: 5) {
        length nodes { id } relationships { type } } }`,
    );
    expect(
      result.paths.map((p) => [
        p.length,
        p.nodes.map((n) => n.id).join(">"),
        p.relationships.map((r) => r.type).join(","),
      ]),
    ).toEqual([
      [1, "ALK-G1202R>lorlatinib", "OVERCOMES"],
      [1, "ALK-G1202R>lorlatinib", "SENSITIVE_TO"],
      [1, "ALK-G1202R>lorlatinib", "SENSITIVE_TO"],
      [1, "ALK-G1202R>lorlatinib", "SENSITIVE_TO"],
      [2, "ALK-G1202R>ALK>lorlatinib", "VARIANT_OF,TARGETS"],
    ]);
  });

  it("caps maxHops at 4", async () => {
    const result = await run(graph, '{ paths(from: {id: "a"}, to: {id: "b"}, maxHops: 5) { length } }');
    expect(result.errors?.[0]?.message).toBe("maxHops must be between 1 and 4, got 5");
    expect(result.roundTrips).toBe(0);
  });
});

describe("neighborhood", () => {
  it("returns the nodes around an entity, nearest first, and the relationships among them", async () => {
    const result = await data<{
      neighborhood: {
        nodes: { id: string; distance: number }[];
        edges: { type: string; from: string; to: string; evidence: unknown }[];
      };
    }>(
      graph,
      '{ neighborhood(id: "met-amplification") { nodes { id distance } edges { type from to evidence { level } } } }',
    );
    expect(result.neighborhood.nodes).toEqual([
      { id: "met-amplification", distance: 0 },
      { id: "HGF", distance: 1 },
      { id: "MET", distance: 1 },
      { id: "MET-AMP", distance: 1 },
      { id: "NCT02034981", distance: 1 },
      { id: "NCT02499614", distance: 1 },
      { id: "NCT05845671", distance: 1 },
      { id: "alectinib", distance: 1 },
      { id: "alk-tki+met-inhibitor", distance: 1 },
      { id: "crizotinib", distance: 1 },
      { id: "hgf-met", distance: 1 },
      { id: "lorlatinib", distance: 1 },
      { id: "mapk", distance: 1 },
      { id: "pi3k-akt", distance: 1 },
    ]);
    expect(result.neighborhood.edges).toContainEqual({
      type: "CONFERS_RESISTANCE_TO",
      from: "met-amplification",
      to: "lorlatinib",
      evidence: { level: "CLINICAL" },
    });
    expect(result.neighborhood.edges).toContainEqual({
      type: "MEDIATES",
      from: "MET-AMP",
      to: "met-amplification",
      evidence: null,
    });
    expect(result.neighborhood.edges).toHaveLength(23);
  });

  it("rejects depth > 3 without a database call, and unknown ids", async () => {
    const deep = await run(graph, '{ neighborhood(id: "ALK", depth: 4) { nodes { id } } }');
    expect(deep.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ["depth must be between 1 and 3, got 4", "BAD_USER_INPUT"],
    ]);
    expect(deep.roundTrips).toBe(0);
    const unknown = await run(graph, '{ neighborhood(id: "nope") { nodes { id } } }');
    expect(unknown.errors?.[0]?.message).toBe('no such node: id "nope"');
  });

  it("bounds a depth-3 neighbourhood of a hub by first", async () => {
    const result = await data<{ neighborhood: { nodes: unknown[] } }>(
      graph,
      '{ neighborhood(id: "ALK", depth: 3, first: 25) { nodes { id } edges { type } } }',
    );
    expect(result.neighborhood.nodes).toHaveLength(25);
  });
});
