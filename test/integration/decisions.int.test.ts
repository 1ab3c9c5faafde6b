import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { data, openTestGraph, run, type TestGraph } from "../helpers/graph.js";

// Decisions without a known mechanism (issue 14), on the curated outcomes and testing statements of data/; the
// ranking rule itself is also pinned on test-owned nodes below and, without a database, in reasoning-outcomes.test.ts.

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

const OPTIONS = `query($p: [String!]!, $f: [String!]!, $t: [TestingMethod!], $d: [FindingInput!]) {
  nextLineOptions(priorTherapies: $p, findings: $f, tested: $t, findingDetails: $d) {
    rank kind name rankBasis testingMethod rationale caution
    testingAdvice { id step sources evidence { publications { id } } }
    outcomes { id orrPercent medianPfsMonths patients alkMutation specimen sources locator basis
               therapy { ... on Drug { id } ... on Regimen { id } } trial { nctId } }
    trials { nctId }
  } }`;

interface Option {
  rank: number;
  kind: string;
  name: string;
  rankBasis: string;
  testingMethod: string | null;
  rationale: string;
  caution: string | null;
  testingAdvice: { id: string; step: string; sources: string[]; evidence: { publications: { id: string }[] } }[];
  outcomes: {
    id: string;
    orrPercent: number | null;
    medianPfsMonths: number | null;
    patients: number | null;
    alkMutation: string | null;
    specimen: string | null;
    sources: string[];
    locator: string;
    basis: string;
    therapy: { id: string };
    trial: { nctId: string } | null;
  }[];
  trials: { nctId: string }[];
}
const options = async (vars: { p: string[]; f: string[]; t?: string[]; d?: unknown[] }) =>
  (await data<{ nextLineOptions: Option[] }>(graph, OPTIONS, vars)).nextLineOptions;
const brief = (rows: Option[]) =>
  rows.map((o) => [o.rank, o.kind, o.testingMethod ?? o.name, o.rankBasis, o.outcomes[0]?.id ?? null]);

describe("progression on alectinib, no finding yet", () => {
  it("testing advice first (plasma ctDNA, then tissue, then histology), then lorlatinib on its outcome", async () => {
    const rows = await options({ p: ["alectinib"], f: [] });
    expect(brief(rows)).toEqual([
      [1, "TESTING", "PLASMA_CTDNA", "TESTING", null],
      [2, "TESTING", "TISSUE_NGS", "TESTING", null],
      [3, "TESTING", "TISSUE_HISTOLOGY", "TESTING", null],
      [4, "THERAPY", "Lorlatinib", "OUTCOME", "lorlatinib-p2-post2g-all"],
      [5, "THERAPY", "Cisplatin or carboplatin plus pemetrexed", "OUTCOME", "platinum-pemetrexed-after-2g-tki"],
      [6, "THERAPY", "Brigatinib", "OUTCOME", "brigatinib-after-alectinib-retrospective"],
    ]);
    // Every testing step cites its statements, and each statement's sources resolve to papers of the graph.
    for (const step of rows.slice(0, 3)) {
      expect(step.testingAdvice.length).toBeGreaterThan(0);
      for (const advice of step.testingAdvice) {
        expect(advice.step).toBe(step.testingMethod);
        expect(advice.evidence.publications.map((p) => p.id)).toEqual(advice.sources);
      }
    }
    expect(rows[0]!.testingAdvice.map((a) => a.id)).toContain(
      "plasma-first-alk-mutation-yield-after-2g-and-lorlatinib",
    );
    // Lorlatinib's outcome: after a second-generation TKI, all patients (Shaw 2019, phase 2 NCT01970865).
    expect(rows[3]!.outcomes[0]).toMatchObject({
      orrPercent: 40,
      patients: 139,
      alkMutation: "ANY",
      sources: ["PMID:30892989"],
      therapy: { id: "lorlatinib" },
      trial: { nctId: "NCT01970865" },
    });
    expect(rows[3]!.rationale).toMatch(/^reported outcome: ORR 40% \(n = 139\)/);
    expect(rows[3]!.trials).toEqual([{ nctId: "NCT01970865" }]);
  });

  it("plasma tested and negative: a tissue biopsy first, saying what plasma cannot show, with its sources", async () => {
    const rows = await options({ p: ["alectinib"], f: [], t: ["PLASMA_CTDNA"] });
    expect(brief(rows).slice(0, 3)).toEqual([
      [1, "TESTING", "TISSUE_NGS", "TESTING", null],
      [2, "TESTING", "TISSUE_HISTOLOGY", "TESTING", null],
      [3, "THERAPY", "Lorlatinib", "OUTCOME", "lorlatinib-p2-post2g-plasma-no-mutation"],
    ]);
    expect(rows[0]!.rationale).toBe(
      "plasma ctDNA found no resistance mechanism: biopsy tissue for NGS first (plasma cannot show: " +
        "Epithelial-to-mesenchymal transition, Small-cell lung cancer transformation, Squamous cell transformation)",
    );
    expect(rows[0]!.testingAdvice.map((a) => a.id)).toContain("plasma-negative-confirm-with-tissue");
    // Without an ALK mutation in plasma, lorlatinib's outcome is that subgroup's (ORR 32%, n = 94).
    expect(rows[2]!.outcomes[0]).toMatchObject({ orrPercent: 32, patients: 94, specimen: "PLASMA" });
  });
});

describe("transformation", () => {
  it("suspected (a clinical name): histology first with its source, then the treatment the sources give", async () => {
    const rows = await options({ p: ["alectinib"], f: ["small cell transformation"] });
    expect(brief(rows).slice(0, 2)).toEqual([
      [1, "TISSUE_REBIOPSY", "TISSUE_HISTOLOGY", "TESTING", null],
      [2, "THERAPY", "Cisplatin or carboplatin plus etoposide", "OUTCOME", "transformed-sclc-platinum-etoposide-1l"],
    ]);
    expect(rows[0]!.testingAdvice.map((a) => [a.id, a.sources])).toEqual([
      ["sclc-transformation-needs-histology", ["DOI:10.1186/s12957-025-03687-4"]],
    ]);
    expect(rows[0]!.rationale).toMatch(/^plasma ctDNA cannot show Small-cell lung cancer transformation/);
    expect(rows[1]!.outcomes[0]).toMatchObject({ medianPfsMonths: 3, orrPercent: null });
  });

  it("found on histology: no biopsy again, the treatment first", async () => {
    const rows = await options({ p: ["alectinib"], f: ["SCLC transformation"], t: ["TISSUE_HISTOLOGY"] });
    expect(brief(rows)[0]).toEqual([
      1,
      "THERAPY",
      "Cisplatin or carboplatin plus etoposide",
      "OUTCOME",
      "transformed-sclc-platinum-etoposide-1l",
    ]);
  });
});

describe("findings described with their specimen", () => {
  it("an ALK mutation found in plasma: the plasma subgroup's outcome, and its allele fraction in the rationale", async () => {
    const rows = await options({
      p: ["alectinib"],
      f: [],
      d: [{ name: "G1202R", specimen: "PLASMA", alleleFractionPercent: 0.8 }],
    });
    expect(brief(rows)[0]).toEqual([1, "THERAPY", "Lorlatinib", "OUTCOME", "lorlatinib-p2-post2g-plasma-mutation"]);
    expect(rows[0]!.outcomes[0]).toMatchObject({ orrPercent: 62, patients: 34, alkMutation: "DETECTED" });
    expect(rows[0]!.rationale).toContain("ALK G1202R found in plasma (allele fraction 0.8%)");
  });

  it("rejects an allele fraction without a plasma specimen, before any database call", async () => {
    const result = await run(graph, OPTIONS, {
      p: ["alectinib"],
      f: [],
      d: [{ name: "G1202R", specimen: "TISSUE", alleleFractionPercent: 3 }],
    });
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['findingDetails: the allele fraction of "G1202R" needs specimen: PLASMA', "BAD_USER_INPUT"],
    ]);
    expect(result.roundTrips).toBe(0);
  });

  it("costs the same two round trips with no findings (names and evidence, then options)", async () => {
    const result = await run(graph, `{ nextLineOptions(priorTherapies: ["alectinib"], findings: []) { rank } }`);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(2);
  });
});

// An outcome-backed option outranks an option of the same class without one: zotizalkib and neladalkib are both
// SENSITIVE for G1202R (neladalkib with clinical evidence and a trial); a test-owned outcome for zotizalkib puts it
// ahead. The numbers are made up and live only for this test.
describe("an outcome-backed option outranks one of the same class (test-owned outcome)", () => {
  const id = `test-${randomUUID().slice(0, 8)}-outcome`;
  beforeAll(async () => {
    await graph.executor.write(
      {
        name: "test-owned outcome",
        text: `MATCH (d:Drug {id: 'zotizalkib'})
        CREATE (o:Outcome {id: $id, name: $id, therapyId: 'zotizalkib', therapyKind: 'Drug', priorGeneration: 2,
                alkMutation: 'DETECTED', orrPercent: 5, pfsNotReached: false, evidenceLevel: 'CLINICAL',
                sourceKind: 'PRIMARY', sources: ['PMID:27432227'], locator: 'test', basis: 'test', origin: 'test'})
        CREATE (o)-[:OUTCOME_OF {key: $id, origin: 'test'}]->(d)`,
      },
      { id },
    );
  });
  afterAll(async () => {
    await graph.executor.write(
      { name: "delete test-owned", text: "MATCH (o:Outcome {id: $id}) DETACH DELETE o" },
      { id },
    );
  });

  it("G1202R after alectinib: zotizalkib (outcome) before neladalkib (activity class only)", async () => {
    const rows = await options({ p: ["alectinib"], f: ["G1202R"] });
    expect(brief(rows).slice(0, 3)).toEqual([
      [1, "THERAPY", "Lorlatinib", "OUTCOME", "lorlatinib-p2-post2g-plasma-mutation"],
      [2, "THERAPY", "Zotizalkib", "OUTCOME", id],
      [3, "THERAPY", "Neladalkib", "ACTIVITY_CLASS", null],
    ]);
  });
});

describe("outcomes on trials and arms", () => {
  it("the lorlatinib phase 2 arm lists its outcomes per subgroup, each with its source", async () => {
    const result = await data<{
      trial: { outcomes: { id: string }[]; arms: { label: string; outcomes: { id: string; sources: string[] }[] }[] };
    }>(graph, `{ trial(nctId: "NCT01970865") { outcomes { id } arms { label outcomes { id sources } } } }`);
    const arm = result.trial.arms.find((a) => a.label === "Lorlatinib 100 mg once daily (phase 2)")!;
    expect(arm.outcomes.map((o) => o.id)).toContain("lorlatinib-p2-post2g-plasma-no-mutation");
    expect(arm.outcomes.every((o) => o.sources.length > 0)).toBe(true);
    expect(result.trial.outcomes.map((o) => o.id).sort()).toEqual(
      result.trial.arms.flatMap((a) => a.outcomes.map((o) => o.id)).sort(),
    );
  });
});

describe("clinical names resolve", () => {
  const MECHANISM = `query($n: String!) { mechanism(name: $n) { id } }`;
  const VARIANT = `query($n: String!) { variant(name: $n) { id } }`;
  const cases: [string, string, string][] = [
    ["SCLC transformation", "sclc-transformation", MECHANISM],
    ["small cell transformation", "sclc-transformation", MECHANISM],
    ["small-cell transformation", "sclc-transformation", MECHANISM],
    ["transformed SCLC", "sclc-transformation", MECHANISM],
    ["squamous transformation", "squamous-transformation", MECHANISM],
    ["MET amplification", "met-amplification", MECHANISM],
    ["MET copy-number gain", "met-amplification", MECHANISM],
    ["MET copy number gain", "met-amplification", MECHANISM],
    ["MET amp", "met-amplification", MECHANISM],
    ["solvent-front mutation", "alk-kinase-domain-mutation", MECHANISM],
    ["gatekeeper mutation", "alk-kinase-domain-mutation", MECHANISM],
    ["ALK resistance mutation", "alk-kinase-domain-mutation", MECHANISM],
    ["epithelial-mesenchymal transition", "emt", MECHANISM],
    ["P-gp overexpression", "abcb1-efflux", MECHANISM],
    ["ALK copy-number gain", "alk-amplification", MECHANISM],
    ["NF2 loss", "nf2-loss", MECHANISM],
    ["G1202R solvent-front mutation", "ALK-G1202R", VARIANT],
    ["L1196M gatekeeper mutation", "ALK-L1196M", VARIANT],
    ["MET copy-number gain", "MET-AMP", VARIANT],
    ["loss of RB1", "RB1-LOSS", VARIANT],
  ];
  it.each(cases)("%s resolves to %s", async (name, id, query) => {
    const result = await data<Record<string, { id: string } | null>>(graph, query, { n: name });
    expect(Object.values(result)[0]).toEqual({ id });
  });

  it("a clinical name is a finding too: SCLC or small-cell transformation in a resistance profile", async () => {
    const PROFILE = `query($f: [String!]!) { resistanceProfile(findings: $f) { drug { id } activity } }`;
    const named = await data<{ resistanceProfile: unknown[] }>(graph, PROFILE, {
      f: ["Small-cell lung cancer transformation"],
    });
    for (const f of ["small cell transformation", "SCLC transformation"])
      expect((await data<{ resistanceProfile: unknown[] }>(graph, PROFILE, { f: [f] })).resistanceProfile).toEqual(
        named.resistanceProfile,
      );
  });
});
