import { describe, expect, it } from "vitest";
import { buildCandidates, cautionFor } from "../../src/modules/reasoning/options.js";
import { decideDrug, decideProfile, type Subjects } from "../../src/modules/reasoning/profile.js";
import { rebiopsyAdvice } from "../../src/modules/reasoning/rebiopsy.js";
import {
  atLevel,
  capForBypass,
  combineFindings,
  decidingClaims,
  decidingIc50,
  subjectClass,
  worstClass,
  type Claim,
} from "../../src/modules/reasoning/rules.js";
import { closeMatches, editDistance } from "../../src/modules/reasoning/suggest.js";

const claim = (subjectId: string, drugId: string, activity: Claim["activity"], extra: Partial<Claim> = {}): Claim => ({
  subjectId,
  subject: subjectId,
  drugId,
  activity,
  level: "PRECLINICAL",
  sources: ["PMID:1"],
  note: null,
  specimen: null,
  ic50nM: null,
  kind: "ACTIVITY",
  ...extra,
});
const none: Subjects = { compounds: [], variants: [], mechanisms: [] };

describe("worst-class combination", () => {
  it("the worst known class wins; UNKNOWN only when nothing is known", () => {
    expect(worstClass(["SENSITIVE", "RESISTANT", "INTERMEDIATE"])).toBe("RESISTANT");
    expect(worstClass(["SENSITIVE", "UNKNOWN"])).toBe("SENSITIVE");
    expect(worstClass([])).toBe("UNKNOWN");
  });

  it("clinical claims outrank preclinical ones for one subject", () => {
    expect(
      subjectClass([
        { activity: "RESISTANT", level: "PRECLINICAL" },
        { activity: "SENSITIVE", level: "CLINICAL" },
      ]),
    ).toBe("SENSITIVE");
    expect(subjectClass([{ activity: "INTERMEDIATE", level: "PRECLINICAL" }])).toBe("INTERMEDIATE");
  });
});

describe("primary studies outrank reviews and knowledge bases", () => {
  it("a review's class never outranks a primary study's, whatever the levels", () => {
    const primary = claim("X", "d", "SENSITIVE", { sourceKind: "PRIMARY" });
    const review = claim("X", "d", "RESISTANT", { sourceKind: "REVIEW" });
    const knowledgebase = claim("X", "d", "RESISTANT", { sourceKind: "KNOWLEDGEBASE", level: "CLINICAL" });
    expect(subjectClass([review, primary])).toBe("SENSITIVE");
    expect(subjectClass([knowledgebase, primary])).toBe("SENSITIVE");
    expect(decidingClaims([review, knowledgebase, primary])).toEqual([primary]);
  });

  it("a review decides when it is the only evidence; unstated kinds count as primary-grade", () => {
    expect(subjectClass([claim("X", "d", "INTERMEDIATE", { sourceKind: "REVIEW" })])).toBe("INTERMEDIATE");
    const unstated = claim("X", "d", "SENSITIVE");
    expect(subjectClass([claim("X", "d", "RESISTANT", { sourceKind: "REVIEW" }), unstated])).toBe("SENSITIVE");
  });

  it("among primary claims, clinical still outranks preclinical", () => {
    const cells = claim("X", "d", "INTERMEDIATE", { sourceKind: "PRIMARY" });
    const patients = claim("X", "d", "RESISTANT", { sourceKind: "PRIMARY", level: "CLINICAL" });
    expect(subjectClass([cells, patients])).toBe("RESISTANT");
  });

  it("the row's IC50 comes from primary claims of its class when any has one (the highest)", () => {
    const claims = [
      claim("X", "d", "SENSITIVE", { sourceKind: "REVIEW", ic50nM: 40 }),
      claim("X", "d", "SENSITIVE", { sourceKind: "PRIMARY", ic50nM: 12 }),
      claim("X", "d", "SENSITIVE", { sourceKind: "PRIMARY", ic50nM: 20 }),
      claim("X", "d", "RESISTANT", { sourceKind: "PRIMARY", ic50nM: 900 }),
    ];
    expect(decidingIc50(claims, "SENSITIVE")).toBe(20);
    expect(decidingIc50(claims.slice(0, 1), "SENSITIVE")).toBe(40);
    expect(decidingIc50(claims, "INTERMEDIATE")).toBeNull();
  });

  it("a profile row shows the deciding IC50, also when clinical evidence decided the class", () => {
    const single: Subjects = { ...none, variants: ["X"] };
    const claims = [
      claim("X", "d", "SENSITIVE", { level: "CLINICAL", sourceKind: "PRIMARY" }),
      claim("X", "d", "SENSITIVE", { sourceKind: "PRIMARY", ic50nM: 30 }),
    ];
    expect(decideDrug("d", true, claims, single)).toMatchObject({ activity: "SENSITIVE", ic50nM: 30 });
  });
});

describe("evidence level", () => {
  it("keeps one level's claims, or all of them", () => {
    const cells = claim("X", "d", "INTERMEDIATE");
    const patients = claim("X", "d", "RESISTANT", { level: "CLINICAL" });
    expect(atLevel([cells, patients], "PRECLINICAL")).toEqual([cells]);
    expect(atLevel([cells, patients], "CLINICAL")).toEqual([patients]);
    expect(atLevel([cells, patients], null)).toEqual([cells, patients]);
  });
});

describe("compound rule", () => {
  const subjects: Subjects = { compounds: ["X+Y"], variants: ["X", "Y"], mechanisms: [] };

  it("the compound's own evidence decides, even against its components (re-sensitisation)", () => {
    const claims = [claim("X", "d", "RESISTANT"), claim("X+Y", "d", "SENSITIVE")];
    expect(decideDrug("d", true, claims, subjects)).toMatchObject({ activity: "SENSITIVE", inferred: false });
  });

  it("without compound evidence, components combine conservatively and the row is inferred", () => {
    const claims = [claim("X", "d", "SENSITIVE"), claim("Y", "d", "RESISTANT")];
    expect(decideDrug("d", true, claims, subjects)).toMatchObject({ activity: "RESISTANT", inferred: true });
  });

  it("a component without evidence for the drug leaves the combination UNKNOWN, unless another resists it", () => {
    const sensitive = [claim("X", "d", "SENSITIVE")];
    expect(decideDrug("d", true, sensitive, subjects)).toMatchObject({ activity: "UNKNOWN", inferred: true });
    expect(decideDrug("d", true, [claim("X", "d", "RESISTANT")], subjects)).toMatchObject({ activity: "RESISTANT" });
    expect(combineFindings(["SENSITIVE", "INTERMEDIATE"])).toBe("INTERMEDIATE");
    expect(combineFindings(["INTERMEDIATE", "UNKNOWN"])).toBe("UNKNOWN");
  });

  it("one finding's own evidence is not inferred", () => {
    const single: Subjects = { ...none, variants: ["X"] };
    expect(decideDrug("d", true, [claim("X", "d", "RESISTANT")], single)).toMatchObject({
      activity: "RESISTANT",
      inferred: false,
    });
  });
});

describe("bypass cap", () => {
  const bypass: Subjects = {
    ...none,
    variants: ["X"],
    mechanisms: [{ id: "m", name: "M", category: "BYPASS_SIGNALING" }],
  };
  const observed = claim("m", "other", "RESISTANT", { kind: "OBSERVED_AT_RESISTANCE", level: "CLINICAL" });

  it("caps ALK TKIs at INTERMEDIATE, leaves RESISTANT alone, and cites the mechanism", () => {
    expect(capForBypass("SENSITIVE")).toBe("INTERMEDIATE");
    expect(capForBypass("RESISTANT")).toBe("RESISTANT");
    const row = decideDrug("d", true, [claim("X", "d", "SENSITIVE"), observed], bypass);
    expect(row).toMatchObject({ activity: "INTERMEDIATE", inferred: true });
    expect(row.claims.map((c) => c.subjectId)).toEqual(["X", "m"]);
  });

  it("does not cap when evidence says the drug overcomes the mechanism, nor drugs that are not ALK TKIs", () => {
    const overcomes = claim("m", "d", "SENSITIVE", { kind: "OVERCOMES" });
    expect(decideDrug("d", true, [claim("X", "d", "SENSITIVE"), overcomes], bypass).activity).toBe("SENSITIVE");
    expect(decideDrug("d", false, [claim("X", "d", "SENSITIVE"), observed], bypass).activity).toBe("SENSITIVE");
  });

  it("leaves an ALK TKI UNKNOWN when the bypass mechanism has nothing to cite", () => {
    expect(decideDrug("d", true, [], bypass).activity).toBe("UNKNOWN");
  });
});

describe("profile order and next-line ranking", () => {
  const drug = (id: string, approvalStatus = "APPROVED") => ({ id, name: id, approvalStatus, __labels: ["Drug"] });

  it("lists active drugs first, then partly active, resistant, unknown", () => {
    const claims = [claim("X", "a", "RESISTANT"), claim("X", "b", "SENSITIVE")];
    const rows = decideProfile(
      [
        { id: "a", isAlkTki: true },
        { id: "b", isAlkTki: true },
        { id: "c", isAlkTki: true },
        { id: "z", isAlkTki: false },
      ],
      claims,
      { ...none, variants: ["X"] },
    );
    expect(rows.map((r) => [r.drugId, r.activity])).toEqual([
      ["b", "SENSITIVE"],
      ["a", "RESISTANT"],
      ["c", "UNKNOWN"],
    ]);
  });

  it("ranks clinical evidence first and resistance last, with the reason", () => {
    const row = (id: string, activity: Claim["activity"], level: Claim["level"]) => ({
      drugId: id,
      drug: drug(id),
      activity,
      inferred: false,
      ic50nM: null,
      claims: [claim("X", id, activity, { level })],
      rationale: "r",
    });
    const ranked = buildCandidates(
      [
        row("pre", "SENSITIVE", "PRECLINICAL"),
        row("res", "RESISTANT", "CLINICAL"),
        row("clin", "SENSITIVE", "CLINICAL"),
      ],
      [],
      [],
      new Set(),
    );
    expect(ranked.map((c) => [c.id, c.caution])).toEqual([
      ["clin", null],
      ["pre", null],
      ["res", "resistance evidence for these findings"],
    ]);
  });

  it("ranks a strategy named only by drug class after named options, and matches trials by class", () => {
    const overcome = (id: string, level: Claim["level"], drugs: ReturnType<typeof drug>[], drugClasses: string[]) => ({
      therapy: {
        id,
        name: id,
        drugClasses,
        __labels: [drugs.length === 1 && !drugClasses.length ? "Drug" : "Regimen"],
      },
      drugs,
      targetId: "M",
      target: "M",
      claim: claim("M", id, "SENSITIVE", { level, kind: "OVERCOMES" }),
    });
    const trial = (id: string, drugIds: string[], drugClasses: string[]) => ({
      trial: { id, __labels: ["ClinicalTrial"] },
      targetId: "M",
      drugIds,
      drugClasses,
    });
    const ranked = buildCandidates(
      [],
      [
        overcome("alk-tki+met-inhibitor", "CLINICAL", [], ["ALK_TKI", "MET_INHIBITOR"]),
        overcome("named", "PRECLINICAL", [drug("named")], []),
      ],
      [trial("T-named", ["named"], ["ALK_TKI"]), trial("T-combo", ["x", "y"], ["ALK_TKI", "MET_INHIBITOR"])],
      new Set(),
    );
    // The named drug comes first although the class-level strategy has clinical evidence: there is no agent to give.
    expect(ranked.map((c) => [c.id, c.drugClasses, c.trials.map((t) => t.id)])).toEqual([
      ["named", [], ["T-named"]],
      ["alk-tki+met-inhibitor", ["ALK_TKI", "MET_INHIBITOR"], ["T-combo"]],
    ]);
  });

  it("cautions against a drug the tumour progressed on unless evidence says it is active again", () => {
    expect(cautionFor(undefined, true)).toBe("the tumour progressed on it, and no evidence says it is active again");
    expect(cautionFor({ activity: "SENSITIVE" } as never, true)).toBeNull();
  });
});

describe("re-biopsy advice", () => {
  const hidden = {
    id: "emt",
    name: "EMT",
    category: "PHENOTYPIC_CHANGE",
    plasmaDetectable: "NO",
    detectionNote: null,
    detectionSources: [],
  };
  const resistant = { drugId: "a", activity: "RESISTANT" } as never;

  it("asks for tissue when plasma cannot show a suspected mechanism", () => {
    expect(rebiopsyAdvice([hidden], [resistant], ["a"])).toMatchObject({ exclusive: false, mechanismIds: ["emt"] });
  });

  it("asks only for tissue when the findings do not explain progression on the prior drugs", () => {
    expect(rebiopsyAdvice([], [{ drugId: "b", activity: "RESISTANT" } as never], ["a"])).toMatchObject({
      exclusive: true,
    });
    expect(rebiopsyAdvice([], [resistant], ["a"])).toBeNull();
  });
});

describe("close matches", () => {
  it("measures edits and suggests near names, closest first", () => {
    expect(editDistance("g1202x", "g1202r")).toBe(1);
    const candidates = [
      { name: "G1202R", keys: ["alkg1202r", "g1202r"] },
      { name: "G1202del", keys: ["alkg1202del", "g1202del"] },
      { name: "L1196M", keys: ["alkl1196m", "l1196m"] },
    ];
    expect(closeMatches(["g1202x"], candidates)).toEqual(["G1202R"]);
    expect(closeMatches(["g1202"], candidates)).toEqual(["G1202del", "G1202R"]);
    expect(closeMatches(["zzzzzz"], candidates)).toEqual([]);
  });
});
