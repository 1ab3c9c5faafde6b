import { IC50_RULE_TEXT } from "../graph/ic50-rule.js";
import { decideCell, isReviewGrade, type Level, type MatrixCell } from "../modules/reasoning/rules.js";
import type { ActivityClaim, Dataset } from "./files.js";

/** The standard matrix of issue 9: the six main ALK TKIs × twenty kinase-domain mutations (ids in data/). */
export const MATRIX_DRUGS = ["crizotinib", "ceritinib", "alectinib", "brigatinib", "lorlatinib", "ensartinib"];
export const MATRIX_VARIANTS = [
  "C1156Y", "I1171N", "I1171S", "I1171T", "F1174C", "F1174L", "F1174V", "V1180L", "L1196M", "L1198F",
  "G1202R", "G1202del", "D1203N", "S1206Y", "E1210K", "G1269A", "L1152R", "L1152P", "1151Tins", "G1123S",
]; // prettier-ignore

/** The variant id of a matrix column ("1151Tins" is stored as ALK-T1151ins, its synonym). */
export function matrixVariantId(name: string): string {
  return name === "1151Tins" ? "ALK-T1151ins" : `ALK-${name}`;
}

const ALK_DEPENDENT = new Set(["ON_TARGET_ALK_MUTATION", "ALK_AMPLIFICATION"]);

export interface CoverageCounts {
  cells: number;
  /** Cells with at least one activity claim (either level). */
  cellsCovered: number;
  /** Cells with a PRECLINICAL claim from a PRIMARY study (cellular evidence measured by the cited paper). */
  cellsPrimaryCellular: number;
  /** Cells whose only evidence is a review's table or a knowledge base. */
  cellsReviewOnly: number;
  /** Activity claims with an IC50, in the whole dataset. */
  ic50Numbers: number;
  compounds: number;
  /** Compound mutations with their own verdict for lorlatinib and for at least one other drug. */
  compoundsLorlatinibPlusOther: number;
  /** ALK-independent mechanisms (every category but on-target mutation and ALK amplification). */
  mechanisms: number;
  mechanismsWithTherapy: number;
  /** Mechanisms overcome by a named drug or combination (not only by a strategy named by drug class). */
  mechanismsWithNamedTherapy: number;
  mechanismsWithTrial: number;
}

/** Claims of one drug × variant pair, at one level or both (null). */
function pairClaims(data: Dataset, drug: string, variant: string, level: Level | null): ActivityClaim[] {
  return data.activity.filter((c) => c.drug === drug && c.variant === variant && (level === null || c.level === level));
}

function cellOf(claims: ActivityClaim[]): MatrixCell {
  return decideCell(claims.map((c) => ({ ...c, sourceKind: c.sourceKind ?? null, ic50nM: c.ic50nM ?? null })));
}

/** The counts issue 9 sets goals for, computed from the data files alone (no database). */
export function coverageCounts(data: Dataset): CoverageCounts {
  const pairs = MATRIX_DRUGS.flatMap((drug) =>
    MATRIX_VARIANTS.map((name) => pairClaims(data, drug, matrixVariantId(name), null)),
  );
  const mechanisms = data.mechanisms.filter((m) => !ALK_DEPENDENT.has(m.category));
  const overcome = new Set(data.overcomes.map((c) => c.target));
  const byClass = new Set(data.regimens.filter((r) => r.drugClasses?.length).map((r) => r.id));
  const overcomeByName = new Set(data.overcomes.filter((c) => !byClass.has(c.therapy)).map((c) => c.target));
  const addressed = new Set(data.trials.flatMap((t) => t.addresses?.mechanisms ?? []));
  const compoundDrugs = (id: string) => new Set(data.activity.filter((c) => c.variant === id).map((c) => c.drug));
  return {
    cells: pairs.length,
    cellsCovered: pairs.filter((claims) => claims.length > 0).length,
    cellsPrimaryCellular: pairs.filter((claims) =>
      claims.some((c) => c.level === "PRECLINICAL" && c.sourceKind === "PRIMARY"),
    ).length,
    cellsReviewOnly: pairs.filter((claims) => claims.length > 0 && claims.every((c) => isReviewGrade(c))).length,
    ic50Numbers: data.activity.filter((c) => c.ic50nM !== undefined).length,
    compounds: data.compoundMutations.length,
    compoundsLorlatinibPlusOther: data.compoundMutations.filter((c) => {
      const drugs = compoundDrugs(c.id);
      return drugs.has("lorlatinib") && drugs.size >= 2;
    }).length,
    mechanisms: mechanisms.length,
    mechanismsWithTherapy: mechanisms.filter((m) => overcome.has(m.id)).length,
    mechanismsWithNamedTherapy: mechanisms.filter((m) => overcomeByName.has(m.id)).length,
    mechanismsWithTrial: mechanisms.filter((m) => addressed.has(m.id)).length,
  };
}

const LETTER = { SENSITIVE: "S", INTERMEDIATE: "I", RESISTANT: "R", UNKNOWN: "·" } as const;

/** "S 12", "R", "I*" (review or knowledge base only) or "·" (a gap). */
export function cellText(claims: ActivityClaim[]): string {
  if (claims.length === 0) return "·";
  const cell = cellOf(claims);
  const review = claims.every((c) => isReviewGrade(c)) ? "*" : "";
  return `${LETTER[cell.activity]}${cell.ic50nM !== null ? ` ${cell.ic50nM}` : ""}${review}`;
}

function matrixRows(data: Dataset, level: Level | null): string[][] {
  return MATRIX_VARIANTS.map((name) => [
    name,
    ...MATRIX_DRUGS.map((drug) => cellText(pairClaims(data, drug, matrixVariantId(name), level))),
  ]);
}

/** Each count with the goal issue 9 set for it. */
function countLines(c: CoverageCounts): [string, string, string][] {
  return [
    ["cells covered (any level)", `${c.cellsCovered} of ${c.cells}`, "≥ 90"],
    ["cells on PRIMARY cellular evidence", `${c.cellsPrimaryCellular} of ${c.cells}`, "≥ 36"],
    ["cells on review or knowledge base only", `${c.cellsReviewOnly}`, ""],
    ["IC50 numbers (activity claims with ic50nM)", `${c.ic50Numbers}`, "≥ 25"],
    [
      "compounds with own lorlatinib verdict + another drug",
      `${c.compoundsLorlatinibPlusOther} of ${c.compounds}`,
      "every compound a source covers",
    ],
    ["ALK-independent mechanisms with a therapy (OVERCOMES)", `${c.mechanismsWithTherapy} of ${c.mechanisms}`, "≥ 10"],
    [
      "… of which with a named drug or combination (not only a strategy named by drug class)",
      `${c.mechanismsWithNamedTherapy} of ${c.mechanisms}`,
      "",
    ],
    ["ALK-independent mechanisms with a trial (ADDRESSES)", `${c.mechanismsWithTrial} of ${c.mechanisms}`, "≥ 4"],
  ];
}

const LEGEND =
  "S / I / R: sensitive, intermediate, resistant (primary studies outrank reviews, clinical outranks preclinical); " +
  "a number is the IC50 in nM shown beside that class; * review or knowledge base only; · no claim (a gap).";

/** The matrix and counts for the console (`npm run coverage`). */
export function renderCoverageText(data: Dataset): string {
  const rows = [["", ...MATRIX_DRUGS.map((d) => d.slice(0, 10))], ...matrixRows(data, null)];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const pad = (s: string, w: number) => s + " ".repeat(w - [...s].length);
  const lines = rows.map((r) =>
    r
      .map((cell, i) => pad(cell, widths[i]!))
      .join("  ")
      .trimEnd(),
  );
  const counts = countLines(coverageCounts(data)).map(([k, v, goal]) => `${k}: ${v}${goal ? ` (goal ${goal})` : ""}`);
  return [`dataset ${data.version}: activity matrix (both levels)`, ...lines, LEGEND, "", ...counts].join("\n");
}

function markdownTable(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ];
}

/**
 * schema/coverage.md: the standard matrix (both levels, then each level alone) and the counts, computed from data/.
 * Generated by `npm run coverage`; a unit test fails when it drifts, an integration test checks the live graph.
 */
export function renderCoverage(data: Dataset): string {
  const header = ["variant", ...MATRIX_DRUGS];
  const section = (title: string, level: Level | null) => [
    `## ${title}`,
    "",
    ...markdownTable(header, matrixRows(data, level)),
    "",
  ];
  return [
    "# Coverage of the drug × mutation matrix",
    "",
    `Generated from data/ (dataset version ${data.version}) by \`npm run coverage\`; do not edit by hand. The same`,
    "cells come from the live graph through `activityMatrix(drugs:, variants:, level:)`.",
    "",
    `Numbers become classes by one rule (cellular IC50 ${IC50_RULE_TEXT}; data/README.md). ${LEGEND}`,
    "What was searched for each gap is in `data/provenance/`.",
    "",
    "## Counts",
    "",
    ...markdownTable(["count", "value", "goal (issue 9)"], countLines(coverageCounts(data))),
    "",
    ...section("Both levels (what resistanceProfile answers)", null),
    ...section("PRECLINICAL (cells, animals)", "PRECLINICAL"),
    ...section("CLINICAL (patients)", "CLINICAL"),
  ].join("\n");
}
