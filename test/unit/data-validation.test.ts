import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/seed/read.js";
import { loadDataset } from "../../src/seed/validate.js";
import { FIXTURE_DATA, fixtureCopy } from "../helpers/fixture-data.js";

/** The problems loadDataset reports, with the temp folder replaced by "<data>" so messages compare whole. */
function problems(dir: string): string[] {
  try {
    loadDataset(dir);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const relative = path.relative(process.cwd(), dir);
    return error.problems.map((p) => p.replace(`${relative}/`, "<data>/"));
  }
  return [];
}

describe("loadDataset", () => {
  it("accepts the fixture dataset", () => {
    const data = loadDataset(FIXTURE_DATA);
    expect(data.version).toBe("9.9.9");
    expect(data.activity).toHaveLength(3);
  });

  it("names the file and line of a schema violation", () => {
    const dir = fixtureCopy({ "drugs.yaml": (t) => t.replace("drugClass: MET_INHIBITOR", "drugClass: MET_BLOCKER") });
    expect(problems(dir)).toEqual([
      "<data>/drugs.yaml:16: records.1.drugClass must be equal to one of the allowed values (ALK_TKI, MET_INHIBITOR, EGFR_INHIBITOR, MEK_INHIBITOR, SHP2_INHIBITOR, SRC_INHIBITOR, IGF1R_INHIBITOR, KIT_INHIBITOR, PI3K_MTOR_INHIBITOR, HSP90_INHIBITOR, YAP1_INHIBITOR, CHEMOTHERAPY, ANTI_VEGF, IMMUNOTHERAPY, OTHER)",
    ]);
  });

  it("rejects a claim without sources and a malformed identifier", () => {
    const dir = fixtureCopy({
      "claims/mechanism-resistance.yaml": (t) => t.replace("    sources: [PMID:11111111]\n", ""),
      "claims/overcomes.yaml": (t) => t.replace("NCT00000001", "NCT123"),
    });
    expect(problems(dir)).toEqual([
      "<data>/claims/mechanism-resistance.yaml:3: records.0 must have required property 'sources'",
      '<data>/claims/overcomes.yaml:6: records.0.sources.0 must match pattern "^(PMID:[1-9][0-9]{0,8}|DOI:10\\.[0-9]{4,9}/\\S+|NCT[0-9]{8})$"',
    ]);
  });

  it("checks references, citations, duplicates and order across files", () => {
    const dir = fixtureCopy({
      "claims/activity.yaml": (t) =>
        t.replace("drug: drug-a\n    activity: SENSITIVE", "drug: drug-z\n    activity: SENSITIVE"),
      "claims/overcomes.yaml": (t) => t.replace("[NCT00000001]", "[PMID:22222222]"),
      "variants.yaml": (t) => t.replace("id: MET-AMP", "id: ALK-AAA"),
      "mechanisms.yaml": (t) => t.replace("variants: [MET-AMP]", "variants: [ALK-AAA]"),
    });
    expect(problems(dir)).toEqual([
      '<data>/variants.yaml:12: records.2.id "ALK-AAA" is out of order (records are sorted by id, in code-point order)',
      '<data>/claims/activity.yaml:22: records.2.drug refers to unknown drug "drug-z"',
      '<data>/claims/overcomes.yaml:6: records.0.sources cites "PMID:22222222", which is not in publications.yaml',
    ]);
  });

  it("rejects a claim whose class contradicts its own IC50 under the declared rule, naming the line", () => {
    const dir = fixtureCopy({
      "claims/activity.yaml": (t) =>
        t.replace("activity: RESISTANT\n    ic50nM: 595", "activity: SENSITIVE\n    ic50nM: 595"),
    });
    expect(problems(dir)).toEqual([
      "<data>/claims/activity.yaml:5: records.0.activity SENSITIVE contradicts its own ic50nM 595, which the rule (≤ 50 nM SENSITIVE, 50–200 nM INTERMEDIATE, ≥ 200 nM RESISTANT) makes RESISTANT",
    ]);
  });

  it("applies the IC50 bands with 50 nM sensitive and 200 nM resistant", () => {
    const at = (value: number, activity: string) =>
      problems(
        fixtureCopy({
          "claims/activity.yaml": (t) =>
            t.replace("activity: RESISTANT\n    ic50nM: 595", `activity: ${activity}\n    ic50nM: ${value}`),
        }),
      );
    expect(at(50, "SENSITIVE")).toEqual([]);
    expect(at(50.5, "INTERMEDIATE")).toEqual([]);
    expect(at(199, "INTERMEDIATE")).toEqual([]);
    expect(at(200, "RESISTANT")).toEqual([]);
    expect(at(200, "INTERMEDIATE")).toHaveLength(1);
  });

  it("rejects a PMID or DOI that stands on two publication records", () => {
    const first = [
      "  - id: DOI:10.1000/FIXTURE.2",
      "    doi: 10.1000/FIXTURE.2",
      "    title: The same paper, filed by its DOI",
      "    firstAuthor: Doe J",
      "    journal: Fixture Journal",
      "    year: 2020",
      "",
    ].join("\n");
    const dir = fixtureCopy({
      "publications.yaml": (t) =>
        t
          .replace("records:\n", `records:\n${first}`)
          .replace('    pmid: "11111111"\n', '    pmid: "11111111"\n    doi: 10.1000/fixture.2\n'),
    });
    expect(problems(dir)).toEqual([
      '<data>/publications.yaml:11: records.1.doi "10.1000/fixture.2" is also on DOI:10.1000/FIXTURE.2: one paper is one record (merge them)',
    ]);
  });

  it("lets a paper known only by its identifier say so (titleRead: false), and refuses an invented title or author with it", () => {
    const unread = (title: string, author: string) =>
      [
        "  - id: DOI:10.1000/FIXTURE.3",
        "    doi: 10.1000/FIXTURE.3",
        `    title: "${title}"`,
        `    firstAuthor: ${author}`,
        "    journal: Fixture Journal",
        "    year: 2015",
        "    titleRead: false",
        "",
      ].join("\n");
    const honest = fixtureCopy({
      "publications.yaml": (t) =>
        t.replace("records:\n", `records:\n${unread("Title not read: known by its DOI", "not read")}`),
    });
    expect(problems(honest)).toEqual([]);
    const invented = fixtureCopy({
      "publications.yaml": (t) => t.replace("records:\n", `records:\n${unread("A plausible title", "Doe J")}`),
    });
    expect(problems(invented)).toEqual([
      '<data>/publications.yaml:5: records.0.title must match pattern "^Title not read"',
      "<data>/publications.yaml:6: records.0.firstAuthor must be equal to constant",
      '<data>/publications.yaml:3: records.0 must match "then" schema',
    ]);
  });

  it("requires the kind of source on every claim in data/, and refuses a repeated claim", () => {
    const dir = fixtureCopy({
      "claims/activity.yaml": (t) =>
        t
          .replace(
            "    sources: [PMID:11111111]\n    sourceKind: PRIMARY\n  - variant: ALK-L1196M",
            "    sources: [PMID:11111111]\n  - variant: ALK-L1196M",
          )
          .replace(
            "level: CLINICAL\n    frequencyPercent: 29",
            "level: PRECLINICAL\n    assay: Ba/F3 EML4-ALK\n    ic50nM: 595\n    frequencyPercent: 29",
          ),
    });
    expect(problems(dir)).toEqual([
      "<data>/claims/activity.yaml:13: records.1.sourceKind is required in data/ (PRIMARY, REVIEW or KNOWLEDGEBASE)",
      "<data>/claims/activity.yaml:21: records.1.sources repeats the claim of records.0 (same ends, level, assay and sources)",
    ]);
  });

  it("checks outcomes and testing statements: therapy, trial arm, prior drugs, numbers, citations", () => {
    expect(loadDataset(FIXTURE_DATA).outcomes.map((o) => [o.id, o.orrPercent])).toEqual([["fix-1-a-plus-b", 50]]);
    const dir = fixtureCopy({
      "outcomes.yaml": (t) =>
        t
          .replace("arm: A plus B", "arm: A alone")
          .replace("priorTherapies: [drug-a]", "priorTherapies: [drug-z]")
          .replace("orrPercent: 50", "orrPercent: 150"),
      "testing.yaml": (t) => t.replace("PMID:11111111", "PMID:22222222").replace("step: PLASMA_CTDNA", "step: PET"),
    });
    expect(problems(dir)).toEqual([
      "<data>/outcomes.yaml:13: records.0.orrPercent must be <= 100",
      "<data>/testing.yaml:4: records.0.step must be equal to one of the allowed values (PLASMA_CTDNA, TISSUE_NGS, TISSUE_HISTOLOGY)",
    ]);
    const refs = fixtureCopy({
      "outcomes.yaml": (t) => t.replace("arm: A plus B", "arm: A alone").replace("[drug-a]", "[drug-z]"),
      "testing.yaml": (t) => t.replace("PMID:11111111", "PMID:22222222"),
    });
    expect(problems(refs)).toEqual([
      '<data>/outcomes.yaml:5: records.0.arm is not an arm label of NCT00000001 in trials.yaml: "A alone"',
      '<data>/outcomes.yaml:9: records.0.population refers to unknown drug "drug-z"',
      '<data>/testing.yaml:8: records.0.sources cites "PMID:22222222", which is not in publications.yaml',
    ]);
  });

  it("reports YAML syntax errors with their line", () => {
    const dir = fixtureCopy({ "pathways.yaml": "records:\n  - id: mapk\n    name: [unclosed\n" });
    expect(problems(dir)[0]).toMatch(/^<data>\/pathways\.yaml:\d+: YAML: /);
  });

  it("accepts the curated dataset", () => {
    expect(() => loadDataset()).not.toThrow();
  });
  it("accepts a strategy named by drug class and checks its id", () => {
    const strategy = (id: string, drugs: string) =>
      `  - id: ${id}\n    name: Drug A + a MET inhibitor\n    drugs: ${drugs}\n    drugClasses: [MET_INHIBITOR]\n`;
    expect(problems(fixtureCopy({ "regimens.yaml": (t) => t + strategy("drug-a+met-inhibitor", "[drug-a]") }))).toEqual(
      [],
    );
    expect(problems(fixtureCopy({ "regimens.yaml": (t) => t + strategy("drug-a+met", "[drug-a]") }))).toEqual([
      '<data>/regimens.yaml:6: records.1.id should be "drug-a+met-inhibitor" (its drug ids, then its drug classes in kebab case, joined by +)',
    ]);
    expect(
      problems(fixtureCopy({ "regimens.yaml": (t) => t.replace("drugs: [drug-a, drug-b]", "drugs: [drug-a]") })),
    ).toEqual([
      '<data>/regimens.yaml:3: records.0.id should be "drug-a" (its drug ids joined by +)',
      "<data>/regimens.yaml:5: records.0.drugs a combination of named drugs holds at least two (or name its drug classes)",
    ]);
  });
});
