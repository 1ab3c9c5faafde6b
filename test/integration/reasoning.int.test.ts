import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Executor } from "../../src/db/executor.js";
import { keysText, nameKey } from "../../src/graph/normalize.js";
import { decideCell } from "../../src/modules/reasoning/rules.js";
import { loadDataset } from "../../src/seed/validate.js";
import { data, openTestGraph, run, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

const PROFILE = `query($f: [String!]!) { resistanceProfile(findings: $f) {
  drug { id } activity inferred evidence { about kind activity evidence { level sources } } } }`;

interface Row {
  drug: { id: string };
  activity: string;
  inferred: boolean;
  evidence: { about: string; kind: string; activity: string; evidence: { level: string; sources: string[] } }[];
}
const profile = async (findings: string[]) =>
  (await data<{ resistanceProfile: Row[] }>(graph, PROFILE, { f: findings })).resistanceProfile;
const brief = (rows: Row[]) => rows.map((r) => [r.drug.id, r.activity, r.inferred]);

const g1202r = (activity: string, level: string, sources: string[], kind = "ACTIVITY") => ({
  about: "ALK G1202R",
  kind,
  activity,
  evidence: { level, sources },
});

describe("resistanceProfile", () => {
  it("a solvent-front mutation: lorlatinib and the fourth-generation TKIs stay active, second-generation TKIs fail", async () => {
    const rows = await profile(["ALK G1202R"]);
    const classes = Object.fromEntries(rows.map((r) => [r.drug.id, [r.activity, r.inferred]]));
    expect(classes).toMatchObject({
      lorlatinib: ["SENSITIVE", false],
      neladalkib: ["SENSITIVE", false],
      zotizalkib: ["SENSITIVE", false],
      alectinib: ["RESISTANT", false],
      brigatinib: ["RESISTANT", false],
      ceritinib: ["RESISTANT", false],
      crizotinib: ["RESISTANT", false],
    });
    const lorlatinib = rows.find((r) => r.drug.id === "lorlatinib")!;
    expect(lorlatinib.evidence).toContainEqual(g1202r("SENSITIVE", "CLINICAL", ["PMID:30892989"]));
    expect(lorlatinib.evidence).toContainEqual(g1202r("SENSITIVE", "PRECLINICAL", ["PMID:27432227"]));
    expect(rows.slice(0, 3).map((r) => r.activity)).toEqual(["SENSITIVE", "SENSITIVE", "SENSITIVE"]);
  });

  it("two findings that form a compound mutation: its own evidence decides, the rest is inferred (worst class)", async () => {
    const rows = await profile(["G1202R", "L1196M"]);
    const row = (id: string) => rows.find((r) => r.drug.id === id)!;
    expect([row("lorlatinib").activity, row("lorlatinib").inferred]).toEqual(["RESISTANT", false]);
    expect(new Set(row("lorlatinib").evidence.map((e) => e.about))).toEqual(new Set(["ALK G1202R+L1196M"]));
    expect(row("lorlatinib").evidence.map((e) => e.evidence.level)).toContain("CLINICAL");
    for (const id of ["neladalkib", "zotizalkib"])
      expect([row(id).activity, row(id).inferred]).toEqual(["SENSITIVE", false]);
    // Ceritinib: L1196M alone is sensitive (intermediate by one ChEMBL-read IC50), G1202R resistant; no evidence on
    // the compound, so the worst class wins.
    expect([row("ceritinib").activity, row("ceritinib").inferred]).toEqual(["RESISTANT", true]);
    expect(new Set(row("ceritinib").evidence.map((e) => `${e.about} ${e.activity}`))).toEqual(
      new Set(["ALK G1202R RESISTANT", "ALK L1196M SENSITIVE", "ALK L1196M INTERMEDIATE"]),
    );
    expect(brief(await profile(["L1196M+G1202R"]))).toEqual(brief(rows));
  });

  it("MET amplification: lorlatinib resistant on clinical evidence, crizotinib reported to overcome it, other ALK TKIs capped", async () => {
    const rows = await profile(["MET amplification"]);
    const row = (id: string) => rows.find((r) => r.drug.id === id)!;
    expect([row("lorlatinib").activity, row("lorlatinib").inferred]).toEqual(["RESISTANT", false]);
    expect(row("lorlatinib").evidence).toEqual([
      {
        about: "MET amplification",
        kind: "OBSERVED_AT_RESISTANCE",
        activity: "RESISTANT",
        evidence: { level: "CLINICAL", sources: ["DOI:10.1158/1078-0432.CCR-19-3906"] },
      },
    ]);
    expect(row("crizotinib").activity).toBe("SENSITIVE");
    expect(row("crizotinib").evidence.map((e) => e.kind)).toEqual(["OVERCOMES"]);
    for (const id of ["brigatinib", "ceritinib", "ensartinib", "neladalkib", "zotizalkib"])
      expect([id, row(id).activity, row(id).inferred]).toEqual([id, "INTERMEDIATE", true]);
  });

  it("names unknown findings with close matches, as BAD_USER_INPUT", async () => {
    const result = await run(graph, PROFILE, { f: ["G1202X", "MET amplificaton", "G1202R"] });
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => [e.message, e.extensions])).toEqual([
      [
        'findings: not in the graph\'s variants or resistance mechanisms: "G1202X" (did you mean "G1202R"?); "MET amplificaton" (did you mean "MET amplification", "KIT amplification", "ALK fusion amplification"?)',
        {
          code: "BAD_USER_INPUT",
          argument: "findings",
          unknown: ["G1202X", "MET amplificaton"],
          suggestions: {
            G1202X: ["G1202R"],
            "MET amplificaton": ["MET amplification", "KIT amplification", "ALK fusion amplification"],
          },
        },
      ],
    ]);
  });

  it("rejects empty findings without a database call", async () => {
    const result = await run(graph, PROFILE, { f: [] });
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['findings must name at least one finding, e.g. ["ALK G1202R"]', "BAD_USER_INPUT"],
    ]);
    expect(result.roundTrips).toBe(0);
  });
});

const OPTIONS = `query($p: [String!]!, $f: [String!]!) { nextLineOptions(priorTherapies: $p, findings: $f) {
  rank kind name therapy { id } drugClasses activity caution evidence { about kind evidence { level } } trials { nctId } } }`;

interface Option {
  rank: number;
  kind: string;
  name: string;
  therapy: { id: string }[];
  drugClasses: string[];
  activity: string | null;
  caution: string | null;
  evidence: unknown[];
  trials: { nctId: string }[];
}
const options = async (prior: string[], findings: string[]) =>
  (await data<{ nextLineOptions: Option[] }>(graph, OPTIONS, { p: prior, f: findings })).nextLineOptions;
const summary = (rows: Option[]) =>
  rows.map((o) => [o.rank, o.kind, o.name, o.activity, o.caution, o.trials.map((t) => t.nctId)]);

describe("nextLineOptions", () => {
  it("G1202R after alectinib: lorlatinib first (clinical evidence, a trial), resistant TKIs last with the reason", async () => {
    const resistant = "resistance evidence for these findings";
    expect(summary(await options(["alectinib"], ["ALK G1202R"]))).toEqual([
      [1, "THERAPY", "Lorlatinib", "SENSITIVE", null, ["NCT01970865"]],
      [2, "THERAPY", "Neladalkib", "SENSITIVE", null, ["NCT05384626"]],
      [3, "THERAPY", "Zotizalkib", "SENSITIVE", null, []],
      [4, "THERAPY", "Alectinib", "RESISTANT", `${resistant}; the tumour progressed on it`, []],
      [5, "THERAPY", "Brigatinib", "RESISTANT", resistant, []],
      [6, "THERAPY", "Ceritinib", "RESISTANT", resistant, []],
      [7, "THERAPY", "Crizotinib", "RESISTANT", resistant, []],
    ]);
  });

  it("MET amplification after lorlatinib: a MET-directed option first, with its trials; ALK TKIs alone after it", async () => {
    const rows = await options(["Lorbrena"], ["MET amplification"]);
    expect(rows[0]).toMatchObject({
      rank: 1,
      kind: "THERAPY",
      name: "Crizotinib",
      activity: "SENSITIVE",
      caution: null,
    });
    expect(rows[0]!.evidence).toEqual([
      { about: "MET amplification", kind: "OVERCOMES", evidence: { level: "PRECLINICAL" } },
    ]);
    expect(rows[0]!.trials.length).toBeGreaterThan(0);
    // The ALK/MET combination of Dagogo-Jack 2020 names no agent: a class-level strategy, after the named MET-directed
    // drug although its evidence is clinical.
    expect(rows[1]).toMatchObject({
      rank: 2,
      kind: "THERAPY",
      therapy: [],
      drugClasses: ["ALK_TKI", "MET_INHIBITOR"],
      caution: null,
      evidence: [{ about: "MET amplification", kind: "OVERCOMES", evidence: { level: "CLINICAL" } }],
    });
    expect(rows.slice(2).every((o) => o.caution !== null && o.drugClasses.length === 0)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ name: "Lorlatinib", activity: "RESISTANT" });
  });

  it("strategies named by class list the trials that give a drug of each class (KRAS activation, NF2 loss)", async () => {
    const strategy = (rows: Option[]) =>
      rows.filter((o) => o.drugClasses.length > 0).map((o) => [o.name, o.drugClasses, o.trials.map((t) => t.nctId)]);
    expect(strategy(await options(["alectinib"], ["KRAS activation"]))).toEqual([
      [
        "ALK inhibitor + MEK inhibitor (agents not named by the source)",
        ["ALK_TKI", "MEK_INHIBITOR"],
        ["NCT03087448", "NCT03202940"],
      ],
    ]);
    expect(strategy(await options(["lorlatinib"], ["NF2 loss"]))).toEqual([
      ["mTOR inhibitor (agent not named by the source)", ["PI3K_MTOR_INHIBITOR"], ["NCT02321501"]],
    ]);
  });

  it("EMT, which plasma cannot show: a tissue re-biopsy comes first", async () => {
    const rows = await options(["lorlatinib"], ["EMT"]);
    expect(rows[0]).toMatchObject({ rank: 1, kind: "TISSUE_REBIOPSY", name: "Tissue re-biopsy", activity: null });
    const cautioned = rows.slice(1).map((o) => o.caution !== null);
    expect(cautioned).toEqual([...cautioned].sort((x, y) => Number(x) - Number(y)));
    expect(rows.find((o) => o.name === "Lorlatinib")).toMatchObject({ activity: "RESISTANT" });
    expect(rows[0]!.evidence).toContainEqual({
      about: "Epithelial-to-mesenchymal transition",
      kind: "OBSERVED_AT_RESISTANCE",
      evidence: { level: "CLINICAL" },
    });
  });

  it("findings that do not explain progression: only a tissue re-biopsy, no guess", async () => {
    // Alectinib keeps its activity against C1156Y in cells (Ba/F3 IC50 2 nM): the finding does not explain progression.
    const rows = await options(["alectinib"], ["C1156Y"]);
    expect(summary(rows)).toEqual([[1, "TISSUE_REBIOPSY", "Tissue re-biopsy", null, null, []]]);
  });

  it("rejects an unknown prior therapy with suggestions", async () => {
    const result = await run(graph, OPTIONS, { p: ["alectinb"], f: ["G1202R"] });
    expect(result.errors?.[0]?.message).toBe(
      'priorTherapies: not in the graph\'s drugs or regimens: "alectinb" (did you mean "Alectinib"?)',
    );
  });
});

// The rule on test-owned nodes (two variants and their compound: resistant to lorlatinib, sensitive again to
// crizotinib, to which one component alone is resistant), so it holds whatever the curated data says; the curated
// C1156Y+L1198F case is pinned in "the flagship answers" below.
describe("re-sensitisation by a compound mutation (test-owned nodes)", () => {
  const tag = randomUUID().slice(0, 8);
  const x = `test-${tag}-x`;
  const y = `test-${tag}-y`;
  const xy = `test-${tag}-x+y`;
  const claim = { evidenceLevel: "PRECLINICAL", sources: ["PMID:27432227"], origin: "test" };

  beforeAll(async () => {
    await graph.executor.write(
      {
        name: "test-owned compound",
        text: `MATCH (d:Drug {id: 'crizotinib'}), (l:Drug {id: 'lorlatinib'})
        CREATE (x:Variant {id: $x, name: $x, fullName: $x, nameKey: $kx, keysText: $tx, aliasKeys: [], kind: 'POINT_MUTATION'})
        CREATE (y:Variant {id: $y, name: $y, fullName: $y, nameKey: $ky, keysText: $ty, aliasKeys: [], kind: 'POINT_MUTATION'})
        CREATE (c:Variant:CompoundMutation {id: $xy, name: $xy, fullName: $xy, nameKey: $kxy, keysText: $txy, aliasKeys: [], kind: 'COMPOUND'})
        CREATE (c)-[:HAS_COMPONENT]->(x), (c)-[:HAS_COMPONENT]->(y)
        CREATE (x)-[:CONFERS_RESISTANCE_TO $resistant]->(d)
        CREATE (c)-[:SENSITIVE_TO $sensitive]->(d)
        CREATE (c)-[:CONFERS_RESISTANCE_TO $lorlatinib]->(l)`,
      },
      {
        x,
        y,
        xy,
        kx: nameKey(x),
        ky: nameKey(y),
        kxy: nameKey(xy),
        tx: keysText([nameKey(x)]),
        ty: keysText([nameKey(y)]),
        txy: keysText([nameKey(xy)]),
        resistant: { ...claim, key: `${x}-r`, activity: "RESISTANT" },
        sensitive: { ...claim, key: `${xy}-s`, activity: "SENSITIVE" },
        lorlatinib: { ...claim, key: `${xy}-l`, activity: "RESISTANT" },
      },
    );
  });
  afterAll(async () => {
    await graph.executor.write(
      { name: "delete test-owned", text: "MATCH (n:Variant) WHERE n.id IN $ids DETACH DELETE n" },
      { ids: [x, y, xy] },
    );
  });

  it("the compound's own evidence decides: crizotinib is active again, not inferred", async () => {
    const rows = await profile([x, y]);
    const crizotinib = rows.find((r) => r.drug.id === "crizotinib");
    expect(crizotinib).toEqual({
      drug: { id: "crizotinib" },
      activity: "SENSITIVE",
      inferred: false,
      evidence: [
        {
          about: xy,
          kind: "ACTIVITY",
          activity: "SENSITIVE",
          evidence: { level: "PRECLINICAL", sources: ["PMID:27432227"] },
        },
      ],
    });
    // The component alone still makes crizotinib fail.
    expect((await profile([x])).find((r) => r.drug.id === "crizotinib")?.activity).toBe("RESISTANT");
  });

  it("after crizotinib then lorlatinib, the earlier drug is proposed again, lorlatinib last", async () => {
    const rows = await options(["crizotinib", "lorlatinib"], [x, y]);
    expect(summary(rows)).toEqual([
      [1, "THERAPY", "Crizotinib", "SENSITIVE", null, []],
      [
        2,
        "THERAPY",
        "Lorlatinib",
        "RESISTANT",
        "resistance evidence for these findings; the tumour progressed on it",
        [],
      ],
    ]);
  });
});

describe("the flagship answers of issue 9 (curated data)", () => {
  const LEVELLED = `query($f: [String!]!, $l: EvidenceLevel) { resistanceProfile(findings: $f, level: $l) {
    drug { id } activity ic50nM inferred evidence { about activity evidence { level sources sourceKind ic50nM } } } }`;
  interface Levelled {
    drug: { id: string };
    activity: string;
    ic50nM: number | null;
    inferred: boolean;
    evidence: { about: string; activity: string; evidence: { level: string; sources: string[]; sourceKind: string } }[];
  }
  const levelled = async (findings: string[], level: string | null = null) =>
    (await data<{ resistanceProfile: Levelled[] }>(graph, LEVELLED, { f: findings, l: level })).resistanceProfile;
  const drugRow = (rows: Levelled[], id: string) => rows.find((r) => r.drug.id === id)!;
  const dataset = loadDataset();
  const cell = (variant: string, drug: string, level: string | null = null) =>
    decideCell(
      dataset.activity
        .filter((c) => c.variant === variant && c.drug === drug && (level === null || c.level === level))
        .map((c) => ({ ...c, ic50nM: c.ic50nM ?? null, sourceKind: c.sourceKind ?? null })),
    );

  it("L1198F: crizotinib SENSITIVE (Shaw 2016), lorlatinib RESISTANT", async () => {
    const rows = await levelled(["L1198F"]);
    const crizotinib = drugRow(rows, "crizotinib");
    expect([crizotinib.activity, crizotinib.inferred]).toEqual(["SENSITIVE", false]);
    expect(crizotinib.evidence.flatMap((e) => e.evidence.sources)).toContain("PMID:26698910");
    expect(drugRow(rows, "lorlatinib").activity).toBe("RESISTANT");
  });

  it("C1156Y + L1198F: crizotinib SENSITIVE on the compound's own evidence, though C1156Y alone resists it", async () => {
    const rows = await levelled(["C1156Y", "L1198F"]);
    const crizotinib = drugRow(rows, "crizotinib");
    expect([crizotinib.activity, crizotinib.inferred]).toEqual(["SENSITIVE", false]);
    expect(new Set(crizotinib.evidence.map((e) => e.about))).toEqual(new Set(["ALK C1156Y+L1198F"]));
    expect(crizotinib.evidence.map((e) => e.evidence.level)).toContain("CLINICAL");
    expect(drugRow(rows, "lorlatinib")).toMatchObject({ activity: "RESISTANT", inferred: false });
    expect(drugRow(await levelled(["C1156Y"]), "crizotinib").activity).toBe("RESISTANT");
  });

  it("G1202R: lorlatinib active, with the IC50 its sources give (null when none does)", async () => {
    const lorlatinib = drugRow(await levelled(["G1202R"]), "lorlatinib");
    expect(lorlatinib.activity).toBe("SENSITIVE");
    expect(lorlatinib.ic50nM).toBe(cell("ALK-G1202R", "lorlatinib").ic50nM);
  });

  it("G1202R + L1196M: lorlatinib RESISTANT on the compound's own evidence", async () => {
    const lorlatinib = drugRow(await levelled(["G1202R", "L1196M"]), "lorlatinib");
    expect([lorlatinib.activity, lorlatinib.inferred]).toEqual(["RESISTANT", false]);
    expect(lorlatinib.evidence.every((e) => e.about === "ALK G1202R+L1196M")).toBe(true);
  });

  it("level: PRECLINICAL and CLINICAL answer differently where the sources do, each from its own claims", async () => {
    const pairs = [...new Set(dataset.activity.map((c) => `${c.variant} ${c.drug}`))]
      .map((p) => p.split(" ") as [string, string])
      .filter(([v, d]) => {
        const [pre, clin] = [cell(v, d, "PRECLINICAL"), cell(v, d, "CLINICAL")];
        return pre.activity !== "UNKNOWN" && clin.activity !== "UNKNOWN" && pre.activity !== clin.activity;
      })
      .filter(([v]) => !v.includes("+"));
    expect(pairs.length).toBeGreaterThan(0);
    const variants = new Map(dataset.variants.map((v) => [v.id, v.name]));
    for (const [variant, drug] of pairs) {
      for (const level of ["PRECLINICAL", "CLINICAL"]) {
        const row = drugRow(await levelled([variants.get(variant)!], level), drug);
        expect([variant, drug, level, row.activity]).toEqual([
          variant,
          drug,
          level,
          cell(variant, drug, level).activity,
        ]);
        expect(row.evidence.every((e) => e.evidence.level === level)).toBe(true);
      }
    }
  });

  it("a review never outranks a primary study in an answer", async () => {
    for (const row of await levelled(["G1269A"], "PRECLINICAL")) {
      const primary = row.evidence.filter((e) => e.evidence.sourceKind === "PRIMARY");
      if (primary.length === 0) continue;
      const worst = ["SENSITIVE", "INTERMEDIATE", "RESISTANT"]
        .filter((a) => primary.some((e) => e.activity === a))
        .at(-1);
      expect([row.drug.id, row.activity]).toEqual([row.drug.id, worst]);
    }
  });
});

describe("claim text in reasoning answers", () => {
  const TEXT = `query($f: [String!]!) { resistanceProfile(findings: $f) {
    drug { id } activity evidence { about evidence { level sources note locator basis assay extract { database } } } } }`;
  const LEAN = `query($f: [String!]!) { resistanceProfile(findings: $f) {
    drug { id } activity evidence { about evidence { level sources } } } }`;
  type Text = { note: string | null; locator: string | null; basis: string | null; assay: string | null };
  type Rows = {
    resistanceProfile: {
      drug: { id: string };
      activity: string;
      evidence: { about: string; evidence: Text & { level: string; sources: string[] } }[];
    }[];
  };

  it("reads notes, locators, bases, assays and extracts only when asked, with the same rows and sources", async () => {
    const read = vi.spyOn(Executor.prototype, "read");
    try {
      const full = await data<Rows>(graph, TEXT, { f: ["G1202R", "L1196M"] });
      const lean = await data<Rows>(graph, LEAN, { f: ["G1202R", "L1196M"] });
      const flags = read.mock.calls.map(([, params]) => (params as { claimText?: boolean }).claimText);
      expect(flags).toEqual([true, false]);
      const drugFlags = read.mock.calls.map(([, params]) => (params as { drugDetail?: boolean }).drugDetail);
      expect(drugFlags).toEqual([false, false]);
      const strip = (rows: Rows) =>
        rows.resistanceProfile.map((r) => ({
          drug: r.drug.id,
          activity: r.activity,
          evidence: r.evidence.map((e) => ({ about: e.about, level: e.evidence.level, sources: e.evidence.sources })),
        }));
      expect(strip(full)).toEqual(strip(lean));
      const texts = full.resistanceProfile.flatMap((r) => r.evidence.map((e) => e.evidence));
      expect(texts.some((t) => t.basis !== null && t.locator !== null)).toBe(true);
    } finally {
      read.mockRestore();
    }
  });
});

describe("resistanceProfile's drugs", () => {
  // The evidence read projects the Drug type's stored properties (resolve-evidence.cypher): every field a client
  // may ask of a profile's drug comes back as the drug lookup gives it.
  const FIELDS = "id name synonyms researchCodes drugClass generation approvalStatus";
  it("carry every field of the Drug type, as the drug lookup answers them", async () => {
    const rows = (
      await data<{ resistanceProfile: { drug: Record<string, unknown> }[] }>(
        graph,
        `{ resistanceProfile(findings: ["G1202R"]) { drug { ${FIELDS} } } }`,
      )
    ).resistanceProfile;
    expect(rows.length).toBeGreaterThan(5);
    for (const { drug } of rows) {
      const query = `query($name: String!) { drug(name: $name) { ${FIELDS} } }`;
      const looked = await data<{ drug: Record<string, unknown> }>(graph, query, { name: drug.name });
      expect(drug).toEqual(looked.drug);
    }
  });

  it("are read with every field only when one beyond id, name and drugClass is asked, through fragments too", async () => {
    const read = vi.spyOn(Executor.prototype, "read");
    const profile = (selection: string) =>
      data<{ resistanceProfile: { drug: Record<string, unknown>; activity: string }[] }>(
        graph,
        `{ resistanceProfile(findings: ["G1202R"]) { activity drug { ${selection} } } }` +
          (selection.includes("...G") ? " fragment G on Drug { generation }" : ""),
      );
    try {
      const lean = await profile("id name drugClass");
      const full = await profile(`id name drugClass ${FIELDS}`);
      const viaFragment = await profile("id name drugClass ...G");
      const flags = read.mock.calls.map(([, params]) => (params as { drugDetail?: boolean }).drugDetail);
      expect(flags).toEqual([false, true, true]);
      const pick = (rows: typeof lean) =>
        rows.resistanceProfile.map((r) => ({ activity: r.activity, id: r.drug.id, name: r.drug.name }));
      expect(pick(lean)).toEqual(pick(full));
      expect(viaFragment.resistanceProfile.map((r) => r.drug.generation)).toEqual(
        full.resistanceProfile.map((r) => r.drug.generation),
      );
    } finally {
      read.mockRestore();
    }
  });
});
