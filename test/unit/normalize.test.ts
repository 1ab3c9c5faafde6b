import { describe, expect, it } from "vitest";
import { nameKey, variantAliases, variantQueryKeys } from "../../src/graph/normalize.js";

describe("nameKey", () => {
  it("ignores case, spaces, hyphens, dots and a p. prefix", () => {
    expect(["PF-06463922", "pf06463922", "PF 06463922"].map(nameKey)).toEqual([
      "pf06463922",
      "pf06463922",
      "pf06463922",
    ]);
    expect(nameKey("p.G1202R")).toBe("g1202r");
    expect(nameKey("MET amplification")).toBe("metamplification");
  });

  it("makes compound mutations order-free whatever the separator", () => {
    const keys = ["G1202R+L1196M", "L1196M+G1202R", "L1196M/G1202R", "g1202r, l1196m"].map(nameKey);
    expect(new Set(keys)).toEqual(new Set(["g1202r+l1196m"]));
  });

  it("gives the empty string for empty input", () => {
    expect(nameKey("  ")).toBe("");
  });
});

describe("variant keys", () => {
  it("drops gene symbols in front of protein changes, in every component", () => {
    expect(variantQueryKeys("ALK G1202R")).toEqual(["alkg1202r", "g1202r"]);
    expect(variantQueryKeys("ALK p.G1202R + ALK L1196M")).toEqual(["alkl1196m+alkpg1202r", "g1202r+l1196m"]);
    expect(variantQueryKeys("MET amplification")).toEqual(["metamplification"]);
  });

  it("stores a variant under its names with and without the gene", () => {
    expect(variantAliases("ALK", ["G1202R", "p.Gly1202Arg"])).toEqual([
      "g1202r",
      "alkg1202r",
      "gly1202arg",
      "alkpgly1202arg",
    ]);
  });
});
