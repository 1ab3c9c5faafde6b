import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher } from "../../src/db/cypher.js";
import { RELATIONSHIPS } from "../../src/graph/model.js";
import { data, openTestGraph, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

describe("evidence in the live graph", () => {
  it("every claim relationship has an evidence level and at least one source that resolves to a node", async () => {
    const claimTypes = RELATIONSHIPS.filter((r) => r.claim).map((r) => r.type);
    const rows = await graph.executor.read(cypher("queries/checks/uncited-claims"), { types: claimTypes });
    expect(rows).toEqual([]);
  });

  it("exposes the sources of an edge as publications and trials", async () => {
    const result = await data<{
      drug: { variantActivity: { evidence: { sources: string[]; publications: { id: string }[] } }[] };
    }>(
      graph,
      '{ drug(name: "crizotinib") { variantActivity(activity: [RESISTANT], level: CLINICAL) { evidence { sources publications { id } } } } }',
    );
    expect(result.drug.variantActivity.length).toBeGreaterThan(0);
    for (const { evidence } of result.drug.variantActivity) {
      expect(evidence.publications.map((p) => p.id).sort()).toEqual(
        evidence.sources.filter((s) => !s.startsWith("NCT")).sort(),
      );
    }
  });

  it("shows a number read through a ChEMBL extract with its ids, citing a paper whose unread title is flagged", async () => {
    const result = await data<{
      variant: {
        drugActivity: {
          drug: { id: string };
          ic50nM: number | null;
          activity: string;
          evidence: {
            locator: string | null;
            extract: { database: string; document: string | null; activity: string | null } | null;
            publications: { id: string; titleRead: boolean; firstAuthor: string }[];
          };
        }[];
      };
      known: { titleRead: boolean };
    }>(
      graph,
      `{
        variant(name: "G1202R") {
          drugActivity(level: PRECLINICAL) {
            drug { id } ic50nM activity
            evidence { locator extract { database document activity } publications { id titleRead firstAuthor } }
          }
        }
        known: publication(id: "PMID:27432227") { titleRead }
      }`,
    );
    const chembl = result.variant.drugActivity.find(
      (a) => a.drug.id === "ceritinib" && a.evidence.extract?.database === "ChEMBL",
    );
    expect(chembl).toMatchObject({
      ic50nM: 444,
      activity: "RESISTANT",
      evidence: {
        locator: "ChEMBL activity 16427323 (assay CHEMBL3748826)",
        extract: { database: "ChEMBL", document: "CHEMBL3745656", activity: "16427323" },
        publications: [{ id: "DOI:10.1021/acs.jmedchem.5b01136", titleRead: false, firstAuthor: "not read" }],
      },
    });
    expect(result.known.titleRead).toBe(true);
  });

  it("traverses each relationship from both ends", async () => {
    const result = await data<{
      drug: { trials: { nctId: string }[]; variantActivity: { variant: { id: string } }[] };
      trial: { drugs: { id: string }[] };
      variant: { drugActivity: { drug: { id: string } }[]; compounds: { id: string }[] };
      compound: { components: { id: string }[] };
    }>(
      graph,
      `{
        drug(name: "lorlatinib") { trials { nctId } variantActivity { variant { id } } }
        trial(nctId: "NCT03052608") { drugs { id } }
        variant(name: "G1202R") { drugActivity { drug { id } } compounds { id } }
        compound: variant(name: "G1202R+L1196M") { components { id } }
      }`,
    );
    expect(result.drug.trials.map((t) => t.nctId)).toContain("NCT03052608");
    expect(result.trial.drugs.map((d) => d.id)).toContain("lorlatinib");
    expect(result.drug.variantActivity.map((a) => a.variant.id)).toContain("ALK-G1202R");
    expect(result.variant.drugActivity.map((a) => a.drug.id)).toContain("lorlatinib");
    expect(result.variant.compounds.map((c) => c.id)).toContain("ALK-G1202R+L1196M");
    expect(result.compound.components.map((c) => c.id)).toContain("ALK-G1202R");
  });
});
