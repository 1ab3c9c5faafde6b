import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../../src/config.js";
import { cellText, coverageCounts, renderCoverage } from "../../src/seed/coverage.js";
import type { ActivityClaim } from "../../src/seed/files.js";
import { loadDataset } from "../../src/seed/validate.js";
import { FIXTURE_DATA } from "../helpers/fixture-data.js";

it("schema/coverage.md shows the matrix data/ holds (run `npm run coverage` after changing data)", () => {
  const committed = fs.readFileSync(path.join(ROOT, "schema", "coverage.md"), "utf8");
  expect(renderCoverage(loadDataset(path.join(ROOT, "data")))).toBe(committed);
});

it("writes a cell as class and IC50, marks review-only cells and gaps", () => {
  const base = { variant: "ALK-X", drug: "d", level: "PRECLINICAL" as const, sources: ["PMID:1"] };
  const primary: ActivityClaim = { ...base, activity: "RESISTANT", ic50nM: 595, assay: "Ba/F3", sourceKind: "PRIMARY" };
  const review: ActivityClaim = { ...base, activity: "SENSITIVE", sourceKind: "REVIEW", sources: ["PMID:2"] };
  expect(cellText([])).toBe("·");
  expect(cellText([primary])).toBe("R 595");
  expect(cellText([review])).toBe("S*");
  expect(cellText([review, primary])).toBe("R 595");
});

it("counts compounds, mechanisms with a therapy or a trial, and IC50 numbers from the files", () => {
  const counts = coverageCounts(loadDataset(FIXTURE_DATA));
  expect(counts).toMatchObject({ cells: 120, ic50Numbers: 1, mechanismsWithTherapy: 1, mechanismsWithTrial: 1 });
});
