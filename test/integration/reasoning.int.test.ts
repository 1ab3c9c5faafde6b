import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keysText, nameKey } from "../../src/graph/normalize.js";
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
    expect(rows).toEqual([
      {
        drug: { id: "lorlatinib" },
        activity: "SENSITIVE",
        inferred: false,
        evidence: [
          g1202r("SENSITIVE", "CLINICAL", ["PMID:30892989"]),
          g1202r("SENSITIVE", "CLINICAL", ["PMID:30892989"], "OVERCOMES"),
          g1202r("SENSITIVE", "PRECLINICAL", ["PMID:27432227"]),
        ],
      },
      {
        drug: { id: "neladalkib" },
        activity: "SENSITIVE",
        inferred: false,
        evidence: [
          g1202r("SENSITIVE", "CLINICAL", ["NCT05384626"], "OVERCOMES"),
          g1202r("SENSITIVE", "PRECLINICAL", ["DOI:10.1016/j.tranon.2021.101191"]),
        ],
      },
      {
        drug: { id: "zotizalkib" },
        activity: "SENSITIVE",
        inferred: false,
        evidence: [g1202r("SENSITIVE", "PRECLINICAL", ["DOI:10.1016/j.tranon.2021.101191"])],
      },
      {
        drug: { id: "alectinib" },
        activity: "RESISTANT",
        inferred: false,
        evidence: [
          g1202r("RESISTANT", "CLINICAL", ["PMID:27432227"]),
          g1202r("RESISTANT", "PRECLINICAL", ["PMID:27432227"]),
        ],
      },
      {
        drug: { id: "brigatinib" },
        activity: "RESISTANT",
        inferred: false,
        evidence: [g1202r("RESISTANT", "CLINICAL", ["PMID:27432227"])],
      },
      {
        drug: { id: "ceritinib" },
        activity: "RESISTANT",
        inferred: false,
        evidence: [
          g1202r("RESISTANT", "CLINICAL", ["PMID:24675041", "PMID:27432227"]),
          g1202r("RESISTANT", "CLINICAL", ["PMID:31358542"]),
          g1202r("RESISTANT", "PRECLINICAL", ["PMID:24675041"]),
        ],
      },
      {
        drug: { id: "crizotinib" },
        activity: "RESISTANT",
        inferred: false,
        evidence: [
          g1202r("RESISTANT", "CLINICAL", ["PMID:27432227"]),
          g1202r("RESISTANT", "PRECLINICAL", ["PMID:22277784"]),
        ],
      },
      { drug: { id: "ensartinib" }, activity: "UNKNOWN", inferred: false, evidence: [] },
      { drug: { id: "iruplinalkib" }, activity: "UNKNOWN", inferred: false, evidence: [] },
      { drug: { id: "tgrx-326" }, activity: "UNKNOWN", inferred: false, evidence: [] },
    ]);
  });

  it("two findings that form a compound mutation: its own evidence decides, the rest is inferred (worst class)", async () => {
    const rows = await profile(["G1202R", "L1196M"]);
    expect(brief(rows)).toEqual([
      ["neladalkib", "SENSITIVE", false],
      ["zotizalkib", "SENSITIVE", false],
      ["lorlatinib", "RESISTANT", false],
      ["alectinib", "RESISTANT", true],
      ["brigatinib", "RESISTANT", true],
      ["ceritinib", "RESISTANT", true],
      ["crizotinib", "RESISTANT", true],
      ["ensartinib", "UNKNOWN", false],
      ["iruplinalkib", "UNKNOWN", false],
      ["tgrx-326", "UNKNOWN", false],
    ]);
    expect(rows[2]!.evidence.map((e) => [e.about, e.evidence.level])).toEqual([
      ["ALK G1202R+L1196M", "CLINICAL"],
      ["ALK G1202R+L1196M", "PRECLINICAL"],
    ]);
    // Ceritinib: L1196M alone is sensitive, G1202R resistant; the worst class wins.
    expect(rows[5]!.evidence.map((e) => [e.about, e.activity])).toEqual([
      ["ALK G1202R", "RESISTANT"],
      ["ALK G1202R", "RESISTANT"],
      ["ALK G1202R", "RESISTANT"],
      ["ALK L1196M", "SENSITIVE"],
    ]);
    expect(brief(await profile(["L1196M+G1202R"]))).toEqual(brief(rows));
  });

  it("MET amplification: lorlatinib resistant on clinical evidence, every other ALK TKI capped at INTERMEDIATE", async () => {
    const rows = await profile(["MET amplification"]);
    const met = { about: "MET amplification", kind: "OBSERVED_AT_RESISTANCE", activity: "RESISTANT" };
    const cited = [{ ...met, evidence: { level: "CLINICAL", sources: ["DOI:10.1158/1078-0432.CCR-19-3906"] } }];
    const capped = ["alectinib", "brigatinib", "ceritinib", "crizotinib", "ensartinib", "iruplinalkib"]
      .concat(["neladalkib", "tgrx-326", "zotizalkib"])
      .map((id) => ({ drug: { id }, activity: "INTERMEDIATE", inferred: true, evidence: cited }));
    expect(rows).toEqual([
      ...capped,
      { drug: { id: "lorlatinib" }, activity: "RESISTANT", inferred: false, evidence: cited },
    ]);
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
  rank kind name therapy { id } activity caution evidence { about kind evidence { level } } trials { nctId } } }`;

interface Option {
  rank: number;
  kind: string;
  name: string;
  therapy: { id: string }[];
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

  it("MET amplification after lorlatinib: the ALK + MET combination first, ALK TKIs alone after it", async () => {
    const rows = await options(["Lorbrena"], ["MET amplification"]);
    expect(rows[0]).toEqual({
      rank: 1,
      kind: "THERAPY",
      name: "Lorlatinib + crizotinib",
      therapy: [{ id: "crizotinib" }, { id: "lorlatinib" }],
      activity: null,
      caution: null,
      evidence: [{ about: "MET amplification", kind: "OVERCOMES", evidence: { level: "CLINICAL" } }],
      trials: [],
    });
    expect(rows.slice(1).map((o) => [o.name, o.activity])).toEqual([
      ["Alectinib", "INTERMEDIATE"],
      ["Brigatinib", "INTERMEDIATE"],
      ["Ceritinib", "INTERMEDIATE"],
      ["Crizotinib", "INTERMEDIATE"],
      ["Ensartinib", "INTERMEDIATE"],
      ["Iruplinalkib", "INTERMEDIATE"],
      ["Neladalkib", "INTERMEDIATE"],
      ["TGRX-326", "INTERMEDIATE"],
      ["Zotizalkib", "INTERMEDIATE"],
      ["Lorlatinib", "RESISTANT"],
    ]);
  });

  it("EMT, which plasma cannot show: a tissue re-biopsy comes first", async () => {
    const rows = await options(["lorlatinib"], ["EMT"]);
    expect(rows.map((o) => [o.rank, o.kind, o.name, o.activity])).toEqual([
      [1, "TISSUE_REBIOPSY", "Tissue re-biopsy", null],
      [2, "THERAPY", "Lorlatinib", "RESISTANT"],
    ]);
    expect(rows[0]!.evidence).toEqual([
      {
        about: "Epithelial-to-mesenchymal transition",
        kind: "OBSERVED_AT_RESISTANCE",
        evidence: { level: "CLINICAL" },
      },
    ]);
  });

  it("findings that do not explain progression: only a tissue re-biopsy, no guess", async () => {
    const rows = await options(["alectinib"], ["L1196M"]);
    expect(summary(rows)).toEqual([[1, "TISSUE_REBIOPSY", "Tissue re-biopsy", null, null, []]]);
  });

  it("rejects an unknown prior therapy with suggestions", async () => {
    const result = await run(graph, OPTIONS, { p: ["alectinb"], f: ["G1202R"] });
    expect(result.errors?.[0]?.message).toBe(
      'priorTherapies: not in the graph\'s drugs or regimens: "alectinb" (did you mean "Alectinib"?)',
    );
  });
});

// The curated data holds no verified compound mutation that re-sensitises to an earlier drug (the L1198F case is
// not in it yet), so this test owns its nodes: two variants and their compound (resistant to lorlatinib, sensitive
// again to crizotinib, to which one component alone is resistant), like C1156Y+L1198F after crizotinib, lorlatinib.
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
