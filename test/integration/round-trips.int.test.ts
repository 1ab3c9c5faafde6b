import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestGraph, run, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

// Three list levels deep, each with evidence: a per-item query would make the count grow with `first`. The inner
// lists name their page size, since omitted ones cost their default (100) and would put the query over the cost limit.
const NESTED = `query($first: Int!) {
  drugs(first: $first) {
    edges { node {
      name
      variantActivity(first: 10) {
        variant { name compounds(first: 10) { name } }
        evidence { publications { title } trials { nctId } }
      }
      trials(first: 10) { nctId drugs(first: 10) { name } }
    } }
  }
}`;

// One round trip per list field at most: the page, variantActivity, variant.compounds, evidence publications,
// evidence trials, drug.trials, trial.drugs. Evidence levels with no id of a kind cost nothing.
const LIST_FIELDS = 7;

it("costs a number of Cypher round trips bounded by the query's shape, not by list sizes", async () => {
  const ten = await run(graph, NESTED, { first: 10 });
  const thirty = await run(graph, NESTED, { first: 30 });
  expect(ten.errors).toBeUndefined();
  expect(thirty.errors).toBeUndefined();
  expect((thirty.data as { drugs: { edges: unknown[] } }).drugs.edges.length).toBeGreaterThan(20);
  expect(thirty.roundTrips).toBe(ten.roundTrips);
  expect(thirty.roundTrips).toBeLessThanOrEqual(LIST_FIELDS);
  const one = await run(graph, NESTED, { first: 1 });
  expect(one.roundTrips).toBeLessThanOrEqual(thirty.roundTrips);
});

it("reports the count to clients in extensions.cypher.roundTrips", async () => {
  const response = await graph.apollo.executeOperation(
    { query: "{ about { dataVersion } }" },
    { contextValue: (await import("../../src/context.js")).createContext(graph.executor) },
  );
  if (response.body.kind !== "single") throw new Error("unexpected");
  expect(response.body.singleResult.extensions).toEqual({ cypher: { roundTrips: 1 } });
});

// The reasoning and path queries: their Cypher is a fixed number of round trips (resolve, evidence, options), and
// the nested lists under them (drugs, evidence and its papers, trials and their drugs, path entities) are batched.
const REASONING = `query($f: [String!]!, $p: [String!]!) {
  resistanceProfile(findings: $f) {
    drug { name trials { nctId drugs { name } } }
    evidence { about evidence { publications { title } trials { nctId } } }
  }
  nextLineOptions(priorTherapies: $p, findings: $f) {
    therapy { name regimens { name } }
    evidence { evidence { publications { title } } }
    trials { nctId drugs { name } }
  }
}`;

it("reasoning queries cost a bounded number of round trips however many findings and options", async () => {
  // A nested level costs a round trip only when some parent has items in it, so two inputs may differ by a level;
  // what must never happen is a count that grows with the number of findings, options or trials.
  const one = await run(graph, REASONING, { f: ["G1202R"], p: ["alectinib"] });
  const many = await run(graph, REASONING, {
    f: ["G1202R", "L1196M", "I1171N", "MET amplification", "EMT"],
    p: ["alectinib", "crizotinib"],
  });
  expect(one.errors).toBeUndefined();
  expect(many.errors).toBeUndefined();
  // resistanceProfile 1 + nextLineOptions 2 + drug.trials, trial.drugs, publications, evidence trials, regimens.
  for (const result of [one, many]) expect(result.roundTrips).toBeLessThanOrEqual(9);
});

it("resistanceProfile resolves names and reads evidence in one statement; nextLineOptions in two", async () => {
  for (const f of [["G1202R"], ["G1202R", "L1196M"], ["MET amplification", "EMT", "I1171N"]]) {
    const profile = await run(graph, "query($f: [String!]!) { resistanceProfile(findings: $f) { activity } }", { f });
    expect(profile.errors).toBeUndefined();
    expect(profile.roundTrips).toBe(1);
    const options = await run(
      graph,
      'query($f: [String!]!) { nextLineOptions(priorTherapies: ["alectinib"], findings: $f) { rank } }',
      { f },
    );
    expect(options.errors).toBeUndefined();
    expect(options.roundTrips).toBeLessThanOrEqual(2);
  }
  // A re-biopsy as the only advice needs no options read.
  const transformed = await run(
    graph,
    '{ nextLineOptions(priorTherapies: ["lorlatinib"], findings: ["SCLC transformation"]) { kind } }',
  );
  expect(transformed.errors).toBeUndefined();
  expect(transformed.roundTrips).toBeLessThanOrEqual(2);
});

it("paths and neighbourhoods cost one round trip for the Cypher plus one per nested list level", async () => {
  const query = `query($first: Int!) {
    neighborhood(id: "ALK", depth: 2, first: $first) {
      nodes { entity { ... on Drug { trials { nctId } } ... on Variant { drugActivity { drug { name } } } } }
      edges { evidence { publications { title } } }
    }
  }`;
  const small = await run(graph, query, { first: 60 });
  const large = await run(graph, query, { first: 150 });
  expect(large.errors).toBeUndefined();
  expect(large.roundTrips).toBe(small.roundTrips);
  expect(large.roundTrips).toBeLessThanOrEqual(4);
});

it("shortestPath and paths resolve their two ends and search in one round trip each", async () => {
  const ends = 'from: {name: "ALK G1202R", kind: VARIANT}, to: {id: "NCT01970865"}, via: [SENSITIVE_TO, TESTS]';
  for (const field of ["shortestPath", "paths"]) {
    const result = await run(graph, `{ ${field}(${ends}) { length nodes { id kind name } relationships { type } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.[field]).not.toBeNull();
    expect(result.roundTrips).toBe(1);
  }
});
