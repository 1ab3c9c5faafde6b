import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keysText, nameKey } from "../../src/graph/normalize.js";
import { data, openTestGraph, run, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

describe("drug(name:)", () => {
  it("finds a drug by name, brand or research code, whatever the case and punctuation", async () => {
    for (const name of ["lorlatinib", "LORLATINIB", "Lorbrena", "PF-06463922", "pf06463922", " pf 06463922 "]) {
      expect(await data(graph, "query($n: String!) { drug(name: $n) { id name generation } }", { n: name })).toEqual({
        drug: { id: "lorlatinib", name: "Lorlatinib", generation: 3 },
      });
    }
  });

  it("answers null for an unknown drug", async () => {
    expect(await data(graph, '{ drug(name: "aspirin") { id } }')).toEqual({ drug: null });
  });

  it("prefers a drug's own name to another drug's alias, whatever their ids; an alias alone finds its drug", async () => {
    // Two drugs of this test: the one with the smaller id lists the other's name among its aliases.
    const prefix = `test-lookup-${process.pid}`;
    const [named, aliased] = [`${prefix}-b-named`, `${prefix}-a-aliased`];
    const name = `${prefix} shared`;
    const alias = `${prefix} own alias`;
    await graph.executor.write(
      {
        name: "test/lookup-precedence",
        text: `CREATE (:Drug:Entity {id: $named, name: $name, nameKey: $nameKey, keysText: $namedKeys})
CREATE (:Drug:Entity {id: $aliased, name: $aliased, nameKey: $aliasedKey, keysText: $aliasedKeys})`,
      },
      {
        named,
        aliased,
        name,
        nameKey: nameKey(name),
        namedKeys: keysText([nameKey(name)]),
        aliasedKey: nameKey(aliased),
        aliasedKeys: keysText([nameKey(aliased), nameKey(name), nameKey(alias)]),
      },
    );
    try {
      const find = (n: string) => data(graph, "query($n: String!) { drug(name: $n) { id } }", { n });
      expect(await find(name)).toEqual({ drug: { id: named } });
      expect(await find(alias)).toEqual({ drug: { id: aliased } });
    } finally {
      await graph.executor.write(
        { name: "test/lookup-precedence-clean", text: "MATCH (n:Drug) WHERE n.id STARTS WITH $prefix DETACH DELETE n" },
        { prefix },
      );
    }
  });
});

describe("variant(name:)", () => {
  it('finds "G1202R", "ALK G1202R", "p.G1202R" and "alk g1202r" alike', async () => {
    for (const name of ["G1202R", "ALK G1202R", "p.G1202R", "alk g1202r", "ALK p.G1202R"]) {
      expect(
        await data(graph, "query($n: String!) { variant(name: $n) { id fullName kind region } }", { n: name }),
      ).toEqual({
        variant: { id: "ALK-G1202R", fullName: "ALK G1202R", kind: "POINT_MUTATION", region: "solvent front" },
      });
    }
  });

  it("finds a compound mutation in any order and lists its components", async () => {
    for (const name of ["G1202R+L1196M", "L1196M+G1202R", "ALK G1202R/L1196M"]) {
      const result = await data(graph, "query($n: String!) { variant(name: $n) { id kind components { id } } }", {
        n: name,
      });
      expect(result).toEqual({
        variant: {
          id: "ALK-G1202R+L1196M",
          kind: "COMPOUND",
          components: [{ id: "ALK-G1202R" }, { id: "ALK-L1196M" }],
        },
      });
    }
  });

  it("finds an ALK-independent alteration by name", async () => {
    expect(await data(graph, '{ variant(name: "MET amplification") { id kind gene { symbol } } }')).toEqual({
      variant: { id: "MET-AMP", kind: "AMPLIFICATION", gene: { symbol: "MET" } },
    });
  });
});

describe("trial(nctId:)", () => {
  it("lists the trial's arms and drugs", async () => {
    const result = await data(
      graph,
      '{ trial(nctId: "nct03052608") { nctId acronym phase url arms { label drugs { id } } drugs { id } } }',
    );
    expect(result).toEqual({
      trial: {
        nctId: "NCT03052608",
        acronym: "CROWN",
        phase: "PHASE3",
        url: "https://clinicaltrials.gov/study/NCT03052608",
        arms: [
          { label: "Lorlatinib 100 mg once daily", drugs: [{ id: "lorlatinib" }] },
          { label: "Crizotinib 250 mg twice daily", drugs: [{ id: "crizotinib" }] },
        ],
        drugs: [{ id: "crizotinib" }, { id: "lorlatinib" }],
      },
    });
  });

  it("rejects a malformed NCT id with BAD_USER_INPUT before touching the database", async () => {
    const result = await run(graph, '{ trial(nctId: "NCT123") { id } }');
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['nctId must look like NCT followed by 8 digits, got "NCT123"', "BAD_USER_INPUT"],
    ]);
    expect(result.roundTrips).toBe(0);
  });
});

describe("search(text:)", () => {
  it("finds entities by prefix and by research code", async () => {
    const hits = await data<{ search: { kind: string; entity: { id: string } }[] }>(
      graph,
      '{ search(text: "lorlat") { kind entity { ... on Drug { id } } } }',
    );
    expect(hits.search[0]).toEqual({ kind: "Drug", entity: { id: "lorlatinib" } });
    const byCode = await data<{ search: { entity: { id: string } }[] }>(
      graph,
      '{ search(text: "PF-06463922") { entity { ... on Drug { id } } } }',
    );
    expect(byCode.search[0]?.entity.id).toBe("lorlatinib");
  });

  it("treats Lucene syntax in the text as plain terms", async () => {
    const result = await run(graph, '{ search(text: "name:* OR (\\"x") { kind } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ search: [] });
  });

  it("rejects empty text", async () => {
    const result = await run(graph, '{ search(text: "   ") { kind } }');
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
