import { describe, expect, it } from "vitest";
import { nodeRows, relRows } from "../../src/seed/rows.js";
import { loadDataset } from "../../src/seed/validate.js";
import { FIXTURE_DATA } from "../helpers/fixture-data.js";

const data = loadDataset(FIXTURE_DATA);

describe("seed rows (what the loader sends as $rows)", () => {
  it("gives a compound mutation both labels, its order-free name key and its aliases", () => {
    const compounds = nodeRows(data).find((g) => g.alsoLabel === "CompoundMutation");
    expect(compounds).toEqual({
      label: "Variant",
      alsoLabel: "CompoundMutation",
      rows: [
        {
          id: "ALK-G1202R+L1196M",
          props: {
            origin: "data",
            gene: "ALK",
            name: "G1202R+L1196M",
            fullName: "ALK G1202R+L1196M",
            kind: "COMPOUND",
            region: null,
            synonyms: [],
            nameKey: "g1202r+l1196m",
            aliasKeys: ["g1202r+l1196m", "alkg1202r+l1196m"],
            searchText: "ALK G1202R+L1196M",
            keysText: "|g1202r+l1196m|alkg1202r+l1196m|",
          },
        },
      ],
    });
  });

  it("stores an outcome with its subgroup, numbers and citation, linked to its therapy and its trial's arm", () => {
    const outcomes = nodeRows(data).find((g) => g.label === "Outcome")!;
    expect(outcomes.rows).toEqual([
      {
        id: "fix-1-a-plus-b",
        props: {
          origin: "data",
          name: "Drug A + Drug B: FIX-1, after drug A",
          therapyId: "drug-a+drug-b",
          therapyKind: "Regimen",
          trialId: "NCT00000001",
          arm: "A plus B",
          line: "SECOND_LINE_PLUS",
          priorTherapies: ["drug-a"],
          priorGeneration: null,
          alkMutation: "ANY",
          specimen: null,
          mechanisms: null,
          population: "after drug A",
          patients: 10,
          orrPercent: 50,
          medianPfsMonths: 6,
          pfsNotReached: false,
          intracranialOrrPercent: null,
          evidenceLevel: "CLINICAL",
          sourceKind: "PRIMARY",
          sources: ["PMID:11111111"],
          locator: "abstract",
          basis: "A fixture outcome.",
        },
      },
    ]);
    const rels = relRows(data).filter((g) => g.type === "HAS_OUTCOME" || g.type === "OUTCOME_OF");
    expect(rels.map((g) => [g.type, g.from, g.to, g.rows.map((r) => [r.from, r.to, r.props])])).toEqual([
      [
        "HAS_OUTCOME",
        "ClinicalTrial",
        "Outcome",
        [["NCT00000001", "fix-1-a-plus-b", { origin: "data", arm: "A plus B" }]],
      ],
      ["OUTCOME_OF", "Outcome", "Drug", []],
      ["OUTCOME_OF", "Outcome", "Regimen", [["fix-1-a-plus-b", "drug-a+drug-b", { origin: "data" }]]],
    ]);
  });

  it("makes drugs findable by synonym and research code", () => {
    const drugs = nodeRows(data).find((g) => g.label === "Drug")!;
    expect(drugs.rows[0]).toEqual({
      id: "drug-a",
      props: {
        origin: "data",
        name: "Drug A",
        synonyms: ["Brand-A"],
        researchCodes: ["XY-123"],
        drugClass: "ALK_TKI",
        generation: 2,
        approvalStatus: "APPROVED",
        nameKey: "druga",
        aliasKeys: ["branda", "xy123"],
        searchText: "drug-a | Brand-A | XY-123",
        keysText: "|druga|branda|xy123|",
      },
    });
  });

  it("keeps clinical and preclinical evidence for one pair as two claims, and splits by activity", () => {
    const resistant = relRows(data).find((g) => g.type === "CONFERS_RESISTANCE_TO" && g.from === "Variant")!;
    expect(resistant.rows).toEqual([
      {
        from: "ALK-G1202R",
        to: "drug-a",
        key: "CONFERS_RESISTANCE_TO:ALK-G1202R>drug-a|PRECLINICAL|Ba/F3 EML4-ALK|PMID:11111111",
        props: {
          origin: "data",
          activity: "RESISTANT",
          ic50nM: 595,
          assay: "Ba/F3 EML4-ALK",
          evidenceLevel: "PRECLINICAL",
          sources: ["PMID:11111111"],
          specimen: null,
          note: null,
          frequencyPercent: null,
          frequencyContext: null,
          sourceKind: "PRIMARY",
          locator: "Figure 1A",
          basis: "Fixture cells with G1202R grow on drug-a.",
          extractDatabase: null,
          extractDocument: null,
          extractActivity: null,
          extractVia: null,
        },
      },
      {
        from: "ALK-G1202R",
        to: "drug-a",
        key: "CONFERS_RESISTANCE_TO:ALK-G1202R>drug-a|CLINICAL||PMID:11111111",
        props: {
          origin: "data",
          activity: "RESISTANT",
          ic50nM: null,
          assay: null,
          evidenceLevel: "CLINICAL",
          sources: ["PMID:11111111"],
          specimen: null,
          note: null,
          frequencyPercent: 29,
          frequencyContext: "17 biopsies",
          sourceKind: "PRIMARY",
          locator: null,
          basis: null,
          extractDatabase: null,
          extractDocument: null,
          extractActivity: null,
          extractVia: null,
        },
      },
    ]);
    const sensitive = relRows(data).find((g) => g.type === "SENSITIVE_TO")!;
    expect(sensitive.rows.map((r) => [r.from, r.to, r.props.activity])).toEqual([
      ["ALK-L1196M", "drug-a", "SENSITIVE"],
    ]);
  });

  it("keys a claim read through a database extract by its activity id, so two measurements of one paper coexist", () => {
    const claim = data.activity[0]!;
    const measured = (activity: string, ic50nM: number) => ({
      ...claim,
      ic50nM,
      extract: { database: "ChEMBL", document: "DOC-1", activity, via: "fixture" },
    });
    const rows = relRows({ ...data, activity: [measured("ACT-1", 595), measured("ACT-2", 700)] })
      .filter((g) => g.type === "CONFERS_RESISTANCE_TO" && g.from === "Variant")
      .flatMap((g) => g.rows);
    expect(rows.map((r) => [r.key, r.props.ic50nM, r.props.extractDocument, r.props.extractActivity])).toEqual([
      ["CONFERS_RESISTANCE_TO:ALK-G1202R>drug-a|PRECLINICAL|Ba/F3 EML4-ALK|PMID:11111111|ACT-1", 595, "DOC-1", "ACT-1"],
      ["CONFERS_RESISTANCE_TO:ALK-G1202R>drug-a|PRECLINICAL|Ba/F3 EML4-ALK|PMID:11111111|ACT-2", 700, "DOC-1", "ACT-2"],
    ]);
  });

  it("routes OVERCOMES by the kinds of its ends and cites the trial registry for TESTS", () => {
    const groups = relRows(data).filter((g) => g.rows.length > 0);
    const overcomes = groups.filter((g) => g.type === "OVERCOMES");
    expect(overcomes.map((g) => [g.from, g.to, g.rows.map((r) => r.key)])).toEqual([
      ["Regimen", "ResistanceMechanism", ["OVERCOMES:drug-a+drug-b>met-amplification|CLINICAL||NCT00000001"]],
    ]);
    const tests = groups.find((g) => g.type === "TESTS")!;
    expect(tests.rows.map((r) => [r.from, r.to, r.props.arm, r.props.evidenceLevel, r.props.sources])).toEqual([
      ["NCT00000001", "drug-a", "A plus B", "CLINICAL", ["NCT00000001"]],
      ["NCT00000001", "drug-b", "A plus B", "CLINICAL", ["NCT00000001"]],
    ]);
  });
});
