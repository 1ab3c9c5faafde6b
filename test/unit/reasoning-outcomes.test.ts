import { describe, expect, it } from "vitest";
import { buildCandidates, rankKey, compareKeys } from "../../src/modules/reasoning/options.js";
import { fittingOutcomes, outcomeFit, type OutcomeRecord } from "../../src/modules/reasoning/outcomes.js";
import type { OutcomeRow } from "../../src/modules/reasoning/reasoning.repository.js";
import { rebiopsyAdvice } from "../../src/modules/reasoning/rebiopsy.js";
import type { MechanismRef, ResolvedFinding } from "../../src/modules/reasoning/resolve.js";
import type { Claim } from "../../src/modules/reasoning/rules.js";
import { checkDetails, situationOf, type Situation } from "../../src/modules/reasoning/situation.js";
import { testingSteps } from "../../src/modules/reasoning/testing.js";

const outcome = (id: string, extra: Partial<OutcomeRecord> = {}): OutcomeRecord => ({
  id,
  therapyId: "t",
  line: null,
  priorTherapies: null,
  priorGeneration: null,
  alkMutation: null,
  specimen: null,
  mechanisms: null,
  patients: null,
  orrPercent: null,
  medianPfsMonths: null,
  ...extra,
});
const afterAlectinib: Situation = {
  priorDrugIds: ["alectinib"],
  priorAlkTkis: [{ id: "alectinib", generation: 2 }],
  findingsEmpty: true,
  tested: [],
  alkMutation: "UNKNOWN",
  alkSpecimens: [],
  transformations: [],
  mechanismIds: [],
};
const naive: Situation = { ...afterAlectinib, priorDrugIds: [], priorAlkTkis: [] };

describe("outcomes that fit the patient", () => {
  it("line and prior therapies: first-line results only for the TKI-naive, later lines only after that TKI", () => {
    expect(outcomeFit(outcome("1l", { line: "FIRST_LINE", priorTherapies: [] }), naive)).toBe(2);
    expect(outcomeFit(outcome("1l", { line: "FIRST_LINE" }), afterAlectinib)).toBeNull();
    expect(
      outcomeFit(outcome("alec", { line: "SECOND_LINE_PLUS", priorTherapies: ["alectinib"] }), afterAlectinib),
    ).toBe(2);
    expect(outcomeFit(outcome("criz", { priorTherapies: ["crizotinib"] }), afterAlectinib)).toBeNull();
    // After chemotherapy, ALK-TKI-naive: a second-line result for TKI-naive patients fits, a first-line one does not.
    const afterChemo: Situation = { ...naive, priorDrugIds: ["pemetrexed"] };
    expect(outcomeFit(outcome("2l", { line: "SECOND_LINE_PLUS", priorTherapies: [] }), afterChemo)).toBe(2);
    expect(outcomeFit(outcome("1l", { line: "FIRST_LINE", priorTherapies: [] }), afterChemo)).toBeNull();
    // "after crizotinib" does not describe a patient who also had alectinib
    const both: Situation = {
      ...afterAlectinib,
      priorAlkTkis: [
        { id: "crizotinib", generation: 1 },
        { id: "alectinib", generation: 2 },
      ],
    };
    expect(outcomeFit(outcome("criz", { priorTherapies: ["crizotinib"], priorGeneration: 1 }), both)).toBeNull();
    expect(outcomeFit(outcome("2g", { priorGeneration: 2 }), both)).toBe(1);
  });

  it("a pretreated cohort that does not say after which TKI does not fit a pretreated patient", () => {
    expect(outcomeFit(outcome("pretreated", { line: "SECOND_LINE_PLUS" }), afterAlectinib)).toBeNull();
    expect(outcomeFit(outcome("2g", { line: "SECOND_LINE_PLUS", priorGeneration: 2 }), afterAlectinib)).toBe(2);
  });

  it("ALK-mutation subgroups need a known status, and their specimen", () => {
    const detected = outcome("plasma+", { priorGeneration: 2, alkMutation: "DETECTED", specimen: "PLASMA" });
    const negative = outcome("plasma-", { priorGeneration: 2, alkMutation: "NOT_DETECTED", specimen: "PLASMA" });
    const tissueNegative = outcome("tissue-", { priorGeneration: 2, alkMutation: "NOT_DETECTED", specimen: "TISSUE" });
    expect(outcomeFit(detected, afterAlectinib)).toBeNull();
    const plasmaNegative: Situation = { ...afterAlectinib, alkMutation: "NOT_DETECTED", alkSpecimens: ["PLASMA"] };
    expect([negative, tissueNegative, detected].map((o) => outcomeFit(o, plasmaNegative))).toEqual([3, null, null]);
    const mutationUnknownSpecimen: Situation = { ...afterAlectinib, alkMutation: "DETECTED", alkSpecimens: [] };
    expect(outcomeFit(detected, mutationUnknownSpecimen)).toBe(2);
  });

  it("a subgroup defined by a mechanism fits a patient with it, whatever the prior TKI", () => {
    const sclc = outcome("sclc", { mechanisms: ["sclc-transformation"], medianPfsMonths: 3 });
    expect(outcomeFit(sclc, afterAlectinib)).toBeNull();
    expect(outcomeFit(sclc, { ...afterAlectinib, mechanismIds: ["sclc-transformation"] })).toBe(1);
  });

  it("the most specific fit comes first, then the larger subgroup", () => {
    const all = outcome("all", { priorGeneration: 2, alkMutation: "ANY", patients: 139 });
    const small = outcome("small", { priorGeneration: 2, patients: 28 });
    const negative = outcome("neg", { priorGeneration: 2, alkMutation: "NOT_DETECTED", specimen: "PLASMA" });
    expect(fittingOutcomes([small, negative, all], afterAlectinib).map((o) => o.id)).toEqual(["all", "small"]);
    const plasmaNegative: Situation = { ...afterAlectinib, alkMutation: "NOT_DETECTED", alkSpecimens: ["PLASMA"] };
    expect(fittingOutcomes([small, negative, all], plasmaNegative).map((o) => o.id)).toEqual(["neg", "all", "small"]);
  });
});

describe("ranking on outcomes", () => {
  const base = { caution: null, activity: "SENSITIVE" as const, claims: [] as Claim[], trials: [], drugs: [] };
  it("an outcome-backed option outranks an option of the same class without one, whatever else it has", () => {
    const clinical = [{ level: "CLINICAL" } as Claim];
    const withOutcome = rankKey({ ...base, name: "Z", outcomes: [outcome("o", { orrPercent: 10 })] }, false);
    const without = rankKey({ ...base, name: "A", claims: clinical }, false);
    expect(compareKeys(withOutcome, without)).toBeLessThan(0);
  });

  it("between outcome-backed options, the higher response rate, then the longer PFS; not across tiers", () => {
    const a = rankKey({ ...base, name: "A", outcomes: [outcome("a", { orrPercent: 17, medianPfsMonths: 4 })] }, false);
    const b = rankKey({ ...base, name: "B", outcomes: [outcome("b", { orrPercent: 40 })] }, false);
    expect(compareKeys(b, a)).toBeLessThan(0);
    const failed = rankKey(
      {
        ...base,
        name: "F",
        caution: "resistance",
        activity: "RESISTANT",
        outcomes: [outcome("f", { orrPercent: 90 })],
      },
      false,
    );
    expect(compareKeys(a, failed)).toBeLessThan(0);
  });

  it("with no findings, therapies with a fitting outcome become the options, ranked OUTCOME", () => {
    const row = (id: string, therapyId: string, extra: Partial<OutcomeRecord>): OutcomeRow => ({
      outcome: { ...outcome(id, { therapyId, ...extra }), __labels: ["Outcome"] },
      therapy: { id: therapyId, name: therapyId, __labels: ["Drug"] },
      drugs: [{ id: therapyId, name: therapyId, __labels: ["Drug"], approvalStatus: "APPROVED" }],
      trial: id === "l" ? { id: "NCT01970865", __labels: ["ClinicalTrial"] } : null,
    });
    const rows = [
      row("b", "brigatinib", { priorTherapies: ["alectinib"], orrPercent: 17 }),
      row("l", "lorlatinib", { priorGeneration: 2, orrPercent: 40 }),
      row("c", "crizotinib", { priorTherapies: ["crizotinib"], orrPercent: 60 }),
    ];
    const ranked = buildCandidates([], [], [], new Set(["alectinib"]), rows, afterAlectinib);
    expect(ranked.map((c) => [c.id, c.outcomes.map((o) => o.id), c.trials.map((t) => t.id)])).toEqual([
      ["lorlatinib", ["l"], ["NCT01970865"]],
      ["brigatinib", ["b"], []],
    ]);
    expect(ranked[0]!.reasons).toEqual(["reported outcome: ORR 40%"]);
  });
});

describe("testing advice", () => {
  const statements = [
    { id: "p", step: "PLASMA_CTDNA" as const },
    { id: "t", step: "TISSUE_NGS" as const },
    { id: "h", step: "TISSUE_HISTOLOGY" as const },
  ];
  const steps = (s: Situation) =>
    testingSteps(s, statements, ["SCLC transformation"]).map((x) => [x.method, x.statements.map((y) => y.id)]);

  it("no findings, not tested: plasma ctDNA first, then tissue, then histology, each with its statements", () => {
    expect(steps(afterAlectinib)).toEqual([
      ["PLASMA_CTDNA", ["p"]],
      ["TISSUE_NGS", ["t"]],
      ["TISSUE_HISTOLOGY", ["h"]],
    ]);
  });

  it("plasma tested and negative: tissue first, saying what plasma cannot show", () => {
    const plasma = { ...afterAlectinib, tested: ["PLASMA_CTDNA" as const] };
    expect(steps(plasma)).toEqual([
      ["TISSUE_NGS", ["t"]],
      ["TISSUE_HISTOLOGY", ["h"]],
    ]);
    expect(testingSteps(plasma, statements, ["SCLC transformation"])[0]!.reason).toContain(
      "plasma ctDNA found no resistance mechanism: biopsy tissue for NGS first (plasma cannot show: SCLC transformation)",
    );
  });

  it("tissue done: histology only if not done; with findings, no testing step", () => {
    expect(steps({ ...afterAlectinib, tested: ["PLASMA_CTDNA", "TISSUE_NGS"] })).toEqual([["TISSUE_HISTOLOGY", ["h"]]]);
    expect(steps({ ...afterAlectinib, tested: ["TISSUE_NGS", "TISSUE_HISTOLOGY"] })).toEqual([]);
    expect(steps({ ...afterAlectinib, findingsEmpty: false })).toEqual([]);
    expect(steps(naive)).toEqual([]);
  });

  it("a transformation among the findings asks for histology, unless histology already showed it", () => {
    const sclc: MechanismRef = {
      id: "sclc",
      name: "SCLC transformation",
      category: "HISTOLOGIC_TRANSFORMATION",
      plasmaDetectable: "NO",
      detectionNote: null,
      detectionSources: [],
      detectionMethods: ["HISTOLOGY", "IHC"],
    };
    const resistant = { drugId: "a", activity: "RESISTANT" } as never;
    expect(rebiopsyAdvice([sclc], [resistant], ["a"])).toMatchObject({
      exclusive: false,
      method: "TISSUE_HISTOLOGY",
      mechanismIds: ["sclc"],
    });
    expect(rebiopsyAdvice([sclc], [resistant], ["a"], ["TISSUE_HISTOLOGY"])).toBeNull();
    // Confirmed on histology, it explains progression even without a claim against the prior drug.
    expect(rebiopsyAdvice([sclc], [], ["a"], ["TISSUE_HISTOLOGY"])).toBeNull();
  });
});

describe("the patient's situation", () => {
  const finding = (input: string, gene: string, kind = "POINT_MUTATION"): ResolvedFinding => ({
    input,
    variant: { id: `${gene}-${input}`, name: input, fullName: `${gene} ${input}`, kind, gene },
    mechanism: null,
    components: [],
    compounds: [],
    mechanisms: [],
  });

  it("an ALK mutation found, where; none found after NGS; unknown without tests", () => {
    const base = { priorDrugIds: [], priorAlkTkis: [] };
    const plasma = situationOf({
      ...base,
      findings: [finding("G1202R", "ALK")],
      details: [{ name: "G1202R", specimen: "PLASMA", alleleFractionPercent: 0.4 }],
      tested: [],
    });
    expect([plasma.alkMutation, plasma.alkSpecimens, plasma.tested]).toEqual([
      "DETECTED",
      ["PLASMA"],
      ["PLASMA_CTDNA"],
    ]);
    const met = situationOf({
      ...base,
      findings: [finding("AMP", "MET", "AMPLIFICATION")],
      details: [],
      tested: ["TISSUE_NGS"],
    });
    expect([met.alkMutation, met.alkSpecimens]).toEqual(["NOT_DETECTED", ["TISSUE"]]);
    expect(situationOf({ ...base, findings: [], details: [], tested: [] }).alkMutation).toBe("UNKNOWN");
  });

  it("an allele fraction belongs to a plasma finding, between 0 and 100", () => {
    expect(() => checkDetails([{ name: "G1202R", specimen: "TISSUE", alleleFractionPercent: 2 }])).toThrow(
      'findingDetails: the allele fraction of "G1202R" needs specimen: PLASMA',
    );
    expect(() => checkDetails([{ name: "G1202R", specimen: "PLASMA", alleleFractionPercent: 0 }])).toThrow(
      "must be above 0 and at most 100",
    );
    expect(checkDetails([{ name: " G1202R ", specimen: "PLASMA", alleleFractionPercent: 0.4 }])[0]!.name).toBe(
      "G1202R",
    );
  });
});
