import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/seed/validate.js";
import { data, openTestGraph, run, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

const dataset = loadDataset();
type Ids = { totalCount: number; edges: { node: { id: string; name: string } }[] };
const ids = (page: Ids) => page.edges.map((e) => e.node.id);

describe("filters that follow relationships", () => {
  it("lists the variants resistant to a drug (by name or code) and those it stays active against", async () => {
    const result = await data<{ resistant: Ids; sensitive: Ids }>(
      graph,
      `{ resistant: variants(resistantTo: "Alecensa", first: 100) { totalCount edges { node { id name } } }
         sensitive: variants(sensitiveTo: "PF-06463922", first: 100) { totalCount edges { node { id name } } } }`,
    );
    const claimed = (drug: string, wanted: (a: string) => boolean) =>
      [...new Set(dataset.activity.filter((c) => c.drug === drug && wanted(c.activity)).map((c) => c.variant))].sort();
    expect(ids(result.resistant)).toEqual(claimed("alectinib", (a) => a !== "SENSITIVE"));
    expect(result.resistant.totalCount).toBe(result.resistant.edges.length);
    expect(ids(result.sensitive)).toEqual(claimed("lorlatinib", (a) => a === "SENSITIVE"));
  });

  it("lists the variants of a mechanism category", async () => {
    const result = await data<{ variants: Ids }>(
      graph,
      "{ variants(category: BYPASS_SIGNALING, first: 100) { totalCount edges { node { id name } } } }",
    );
    const bypass = new Set(dataset.mechanisms.filter((m) => m.category === "BYPASS_SIGNALING").map((m) => m.id));
    const expected = [
      ...new Set(dataset.mechanisms.filter((m) => bypass.has(m.id)).flatMap((m) => m.variants ?? [])),
    ].sort();
    expect(ids(result.variants)).toEqual(expected);
  });

  it("lists the trials of a drug and of a mechanism", async () => {
    const result = await data<{ byDrug: Ids; byMechanism: Ids }>(
      graph,
      `{ byDrug: trials(drug: "lorlatinib", first: 100) { totalCount edges { node { id name } } }
         byMechanism: trials(mechanism: "MET amplification", first: 100) { totalCount edges { node { id name } } } }`,
    );
    const byDrug = dataset.trials.filter((t) => t.arms.some((a) => a.drugs.includes("lorlatinib"))).map((t) => t.id);
    expect(ids(result.byDrug)).toEqual(byDrug.sort());
    const byMechanism = dataset.trials.filter((t) => t.addresses?.mechanisms?.includes("met-amplification"));
    expect(ids(result.byMechanism)).toEqual(byMechanism.map((t) => t.id).sort());
  });

  it("answers an unknown drug name with an empty list, not an error", async () => {
    expect(await data(graph, '{ variants(resistantTo: "aspirin") { totalCount } }')).toEqual({
      variants: { totalCount: 0 },
    });
  });
});

describe("sorting", () => {
  it("pages through drugs by name exactly once, in name order, and refuses a cursor of another order", async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { drugs: Ids & { pageInfo: { hasNextPage: boolean; endCursor: string } } } = await data(
        graph,
        "query($after: String) { drugs(orderBy: NAME, first: 6, after: $after) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }",
        { after },
      );
      names.push(...page.drugs.edges.map((e) => e.node.name));
      if (!page.drugs.pageInfo.hasNextPage) {
        after = page.drugs.pageInfo.endCursor;
        break;
      }
      after = page.drugs.pageInfo.endCursor;
    }
    const expected = [...dataset.drugs]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((d) => d.name);
    expect(names).toEqual(expected);
    const mixed = await run(graph, "query($after: String) { drugs(after: $after) { totalCount } }", { after });
    expect(mixed.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ["after is a cursor of a list sorted by name, not id", "BAD_USER_INPUT"],
    ]);
  });
});

describe("counts per category", () => {
  it("counts the graph's mechanisms per category", async () => {
    const result = await data<{ mechanismCategoryCounts: { category: string; count: number }[] }>(
      graph,
      "{ mechanismCategoryCounts { category count } }",
    );
    const expected = new Map<string, number>();
    for (const m of dataset.mechanisms) expected.set(m.category, (expected.get(m.category) ?? 0) + 1);
    expect(result.mechanismCategoryCounts).toEqual(
      [...expected.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([category, count]) => ({ category, count })),
    );
  });

  it("counts each drug's mechanisms by category in one round trip for the whole list", async () => {
    const query = `query($first: Int!) { drugs(first: $first, drugClass: ALK_TKI) {
      edges { node { id mechanismCategoryCounts { category count } } } } }`;
    const few = await run(graph, query, { first: 2 });
    const all = await run(graph, query, { first: 20 });
    expect(all.errors).toBeUndefined();
    // The page and every drug's counts: one translated statement (src/translate/).
    expect(all.roundTrips).toBe(1);
    expect(few.roundTrips).toBe(1);
    // Expected from the data files: mechanisms observed at resistance to lorlatinib, and those whose variants have
    // resistance evidence against it.
    const resistantVariants = new Set(
      dataset.activity.filter((c) => c.drug === "lorlatinib" && c.activity !== "SENSITIVE").map((c) => c.variant),
    );
    const met = dataset.mechanisms.filter(
      (m) =>
        dataset.mechanismResistance.some((c) => c.mechanism === m.id && c.drug === "lorlatinib") ||
        (m.variants ?? []).some((v) => resistantVariants.has(v)),
    );
    const counts = new Map<string, number>();
    for (const m of met) counts.set(m.category, (counts.get(m.category) ?? 0) + 1);
    const lorlatinib = (
      all.data as { drugs: { edges: { node: { id: string; mechanismCategoryCounts: unknown } }[] } }
    ).drugs.edges.find((e) => e.node.id === "lorlatinib")!;
    expect(met.length).toBeGreaterThan(0);
    expect(lorlatinib.node.mechanismCategoryCounts).toEqual(
      [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([category, count]) => ({ category, count })),
    );
  });
});
