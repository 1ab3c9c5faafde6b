import { describe, expect, it } from "vitest";
import { LABELS, onePerPair, RELATIONSHIPS } from "../../src/graph/model.js";
import { anchorsOf } from "../../scripts/synthetic/generate.js";
import { plan, unitPlan } from "../../scripts/synthetic/plan.js";
import { mulberry32, random } from "../../scripts/synthetic/prng.js";
import { relRows } from "../../src/seed/rows.js";
import { loadDataset } from "../../src/seed/validate.js";

const anchors = anchorsOf(loadDataset());

describe("synthetic graph generator", () => {
  it("draws the same numbers from the same seed, and different ones from another", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(mulberry32(43)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(random(7).sample([1, 2, 3, 4], 4).sort()).toEqual([1, 2, 3, 4]);
  });

  it("builds identical units on every run, and scale 3 is a subset of scale 5", () => {
    expect(JSON.stringify(unitPlan("syn-", 3, anchors))).toBe(JSON.stringify(unitPlan("syn-", 3, anchors)));
    const small = plan("syn-", 3, anchors);
    const big = plan("syn-", 5, anchors);
    const ids = (p: typeof small) => p.nodes.flatMap((g) => g.rows.map((r) => r.id));
    expect(ids(big)).toEqual(expect.arrayContaining(ids(small)));
    expect(plan("syn-", 5, anchors, 3).nodes.flatMap((g) => g.rows.map((r) => r.id))).toEqual(
      ids(big).filter((id) => !ids(small).includes(id)),
    );
  });

  it("uses only the graph model's labels and types, marks everything synthetic, and keys edges uniquely", () => {
    const p = plan("syn-x-", 2, anchors);
    const types = new Set(RELATIONSHIPS.map((r) => r.type));
    for (const group of p.nodes) {
      expect(LABELS).toContain(group.label);
      for (const row of group.rows) {
        expect(row.id.startsWith("syn-x-u0001-")).toBe(true);
        expect(row.props.origin).toBe("synthetic");
      }
    }
    const keys = p.rels.flatMap((g) => g.rows.map((r) => r.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const group of p.rels) {
      expect(types.has(group.type)).toBe(true);
      // Every edge has a synthetic end, so removing synthetic nodes removes every synthetic edge.
      for (const row of group.rows) expect(row.from.startsWith("syn-x-") || row.to.startsWith("syn-x-")).toBe(true);
    }
    const activity = p.rels.filter((g) => g.type === "CONFERS_RESISTANCE_TO" || g.type === "SENSITIVE_TO");
    expect(activity.reduce((n, g) => n + g.rows.length, 0)).toBeGreaterThan(900);
  });
});

describe("structural relationships", () => {
  // The translator orders a page of a structural type's edges by the other end's id alone (onePerPair): every
  // writer must join a pair at most once per structural type, here the curated rows and the synthetic graph's.
  const structural = (type: string) => onePerPair([type]);
  const pairs = (groups: { type: string; rows: { from: string; to: string }[] }[]) =>
    groups.filter((g) => structural(g.type)).flatMap((g) => g.rows.map((r) => `${g.type} ${r.from} ${r.to}`));

  it("join a pair at most once in the curated data and in a synthetic graph", () => {
    const curated = pairs(relRows(loadDataset()));
    const synthetic = pairs(plan("syn-", 3, anchors).rels);
    expect(curated.length).toBeGreaterThan(100);
    expect(synthetic.length).toBeGreaterThan(100);
    for (const all of [curated, synthetic]) expect(all.length).toBe(new Set(all).size);
  });

  it("are the model's non-claim types, one at a time", () => {
    expect(RELATIONSHIPS.filter((r) => structural(r.type)).map((r) => r.type)).toEqual(
      RELATIONSHIPS.filter((r) => !r.claim).map((r) => r.type),
    );
    expect(onePerPair(["VARIANT_OF", "INCLUDES"])).toBe(false);
    expect(onePerPair(["CONFERS_RESISTANCE_TO"])).toBe(false);
  });
});
