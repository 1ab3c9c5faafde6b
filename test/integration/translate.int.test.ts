import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestGraph, run, type TestGraph } from "../helpers/graph.js";
import { translationStats } from "../../src/translate/translate-read.js";

// The translator on the curated graph: every graph read root field is one Cypher round trip whatever the nesting,
// and its answer is the one the per-field resolvers give (the same selection read below activityMatrix, whose
// drug and variant nodes still resolve field by field).

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

const DRUG_SELECTION = `
  name
  ...codes
  clinical: variantActivity(first: 5, level: CLINICAL) {
    activity ic50nM
    variant { name gene { symbol } compounds(first: 3) { name components { name } } }
    evidence { level sources sourceKind publications { title year } trials { nctId } }
  }
  overcomes(first: 4) {
    therapy { ... on Drug { id } }
    target { __typename ... on Variant { name } ... on ResistanceMechanism { name category } }
  }
  targets { gene { symbol pathways { name } } evidence { level } }
  resistanceMechanisms(first: 3) { mechanism { name detection { methods plasmaDetectable } } frequencyPercent }
  mechanismCategoryCounts { category count }
  regimens { name drugs { name } }
  trials(first: 3) {
    nctId url
    arms { label drugs { name } outcomes { name orrPercent pfsNotReached therapy { ... on Drug { name } ... on Regimen { name } } trial { nctId } } }
    publications { id url }
  }`;

const FRAGMENT = `fragment codes on Drug { researchCodes synonyms }`;

describe("one round trip per root field", () => {
  it("a lookup nested 4 deep with aliases and fragments", async () => {
    const result = await run(graph, `{ lorla: drug(name: "lorlatinib") { ${DRUG_SELECTION} } } ${FRAGMENT}`);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
    const drug = (result.data as { lorla: { name: string; clinical: unknown[] } }).lorla;
    expect(drug.name).toBe("Lorlatinib");
    expect(drug.clinical.length).toBeGreaterThan(0);
  });

  it("a connection with totalCount and nested lists, and two roots (one trip each)", async () => {
    const result = await run(
      graph,
      `query($n: Int!) {
        trials(first: $n, orderBy: NAME) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { nctId drugs { name variantActivity(first: 2) { variant { name } } } mechanisms { name } } }
        }
        v: variant(name: "G1202R") { ... on Variant { name drugActivity(first: 3) { drug { name } } } }
      }`,
      { n: 5 },
    );
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(2);
    const trials = (result.data as { trials: { totalCount: number; edges: unknown[] } }).trials;
    expect(trials.edges).toHaveLength(5);
    expect(trials.totalCount).toBeGreaterThan(5);
  });

  it("every lookup and list root, nested three deep", async () => {
    const queries = [
      `{ drug(name: "alectinib") { trials(first: 4) { drugs(first: 4) { targets(first: 4) { gene { symbol } } } } } }`,
      `{ variant(name: "G1202R+L1196M") { components(first: 4) { drugActivity(first: 2) { drug { name } } } } }`,
      `{ mechanism(name: "MET amplification") { genes(first: 4) { pathways(first: 4) { genes(first: 4) { symbol } } } } }`,
      `{ gene(symbol: "MET") { mechanisms(first: 4) { trials(first: 4) { drugs(first: 4) { name } } } } }`,
      `{ trial(nctId: "NCT01970865") { publications(first: 4) { trials(first: 4) { nctId } } outcomes(first: 4) { therapy { ... on Drug { name } } } } }`,
      `{ publication(id: "PMID:30413378") { trials(first: 4) { drugs(first: 4) { name } } } }`,
      `{ drugs(first: 3) { edges { node { regimens(first: 4) { drugs(first: 4) { name } } } } } }`,
      `{ variants(first: 3, resistantTo: "alectinib") { totalCount edges { node { gene { variants(first: 2) { name } } } } } }`,
      `{ mechanisms(first: 3) { edges { node { overcomeBy(first: 4) { therapy { ... on Regimen { drugs(first: 4) { name } } } } } } } }`,
      `{ trials(first: 3) { edges { node { variants(first: 4) { mechanisms(first: 4) { name } } } } } }`,
      `{ genes(first: 3) { edges { node { targetedBy(first: 4) { drug { name } } } } } }`,
      `{ pathways(first: 3) { edges { node { mechanisms(first: 4) { variants(first: 2) { name } } } } } }`,
      `{ publications(first: 3) { edges { node { trials(first: 4) { mechanisms(first: 4) { name } } } } } }`,
      `{ search(text: "MET", first: 5) { kind entity { ... on Drug { trials(first: 4) { drugs(first: 4) { name } } } } } }`,
      `{ regimens(first: 3) { edges { node { overcomes(first: 4) { target { ... on Variant { name } } evidence { publications { title } } } } } } }`,
    ];
    for (const query of queries) {
      const result = await run(graph, query);
      expect(result.errors, query).toBeUndefined();
      expect(result.roundTrips, query).toBe(1);
    }
  });
});

describe("answers equal those of the per-field resolvers", () => {
  it("the same drug selection through drug(name:) and below activityMatrix", async () => {
    const translated = await run(graph, `{ drug(name: "lorlatinib") { ${DRUG_SELECTION} } } ${FRAGMENT}`);
    const perField = await run(
      graph,
      `{ activityMatrix(drugs: ["lorlatinib"], variants: ["G1202R"]) { drug { ${DRUG_SELECTION} } } } ${FRAGMENT}`,
    );
    expect(perField.errors).toBeUndefined();
    expect(perField.roundTrips).toBeGreaterThan(1);
    const cell = (perField.data as { activityMatrix: { drug: unknown }[] }).activityMatrix[0]!;
    expect((translated.data as { drug: unknown }).drug).toEqual(cell.drug);
  });

  it("the same variant selection through variant(name:) and below activityMatrix", async () => {
    const selection = `name fullName kind region
      drugActivity(activity: [RESISTANT]) { drug { name } activity assay evidence { extract { database document } locator } }
      overcomeBy { therapy { ... on Drug { name } ... on Regimen { name drugs { name } } } evidence { sources } }
      mechanisms { name overcomeBy(first: 2) { target { ... on ResistanceMechanism { id } } } }
      trials { nctId status }`;
    const translated = await run(graph, `{ variant(name: "G1202R") { ${selection} } }`);
    const perField = await run(
      graph,
      `{ activityMatrix(drugs: ["lorlatinib"], variants: ["G1202R"]) { variant { ${selection} } } }`,
    );
    expect(translated.roundTrips).toBe(1);
    const cell = (perField.data as { activityMatrix: { variant: unknown }[] }).activityMatrix[0]!;
    expect((translated.data as { variant: unknown }).variant).toEqual(cell.variant);
  });
});

describe("aliases that reuse field names", () => {
  // Shaped trees are keyed by response key (src/translate/result.ts) and the fields read them by that key: an alias
  // named like another field of the same object must not take that field's value, nor give it its own.
  const SELECTION = `name: researchCodes
    researchCodes: name
    synonyms: variantActivity(first: 2, activity: [RESISTANT]) { activity: variant { activity: name } }
    generation: drugClass
    again: name
    drugClass: generation`;

  it("answer as the per-field resolvers do, in one round trip", async () => {
    const translated = await run(graph, `{ drug(name: "crizotinib") { ${SELECTION} } }`);
    const perField = await run(
      graph,
      `{ activityMatrix(drugs: ["crizotinib"], variants: ["G1202R"]) { drug { ${SELECTION} } } }`,
    );
    expect(translated.errors).toBeUndefined();
    expect(translated.roundTrips).toBe(1);
    const drug = (translated.data as { drug: Record<string, unknown> }).drug;
    expect(drug).toEqual((perField.data as { activityMatrix: { drug: unknown }[] }).activityMatrix[0]!.drug);
    expect(drug).toMatchObject({
      researchCodes: "Crizotinib",
      again: "Crizotinib",
      generation: "ALK_TKI",
      drugClass: 1,
    });
    expect((drug.synonyms as unknown[]).length).toBe(2);
  });
});

describe("the translation cache through Apollo", () => {
  it("the second request of a query compiles nothing: Apollo's parsed document keys the compiled statement", async () => {
    const query = `query($name: String!) { drug(name: $name) { name trials(first: 2) { nctId } } }`;
    await run(graph, query, { name: "alectinib" });
    const before = { ...translationStats };
    const second = await run(graph, query, { name: "lorlatinib" });
    expect(second.errors).toBeUndefined();
    expect(translationStats.compiled).toBe(before.compiled);
    expect(translationStats.reused).toBe(before.reused + 1);
    expect((second.data as { drug: { name: string } }).drug.name).toBe("Lorlatinib");
  });
});

describe("limits still hold", () => {
  it("a nested first out of range is BAD_USER_INPUT before any database call", async () => {
    const result = await run(graph, `{ drug(name: "lorlatinib") { trials(first: 501) { nctId } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.roundTrips).toBe(0);
  });
});
