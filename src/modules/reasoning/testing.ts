import type { Situation, TestingMethod } from "./situation.js";

/** A cited testing statement as stored on a TestingAdvice node (only what the rules read). */
export interface TestingStatement {
  id: string;
  step: TestingMethod;
}

/** One step of the testing advice that leads an answer: the method, why now, and the statements citing it. */
export interface TestingStep<T extends TestingStatement = TestingStatement> {
  method: TestingMethod;
  reason: string;
  statements: T[];
}

export const STEP_NAMES: Record<TestingMethod, string> = {
  PLASMA_CTDNA: "Plasma ctDNA NGS",
  TISSUE_NGS: "Tissue biopsy NGS",
  TISSUE_HISTOLOGY: "Tissue histology",
};

/**
 * The testing advice when no resistance mechanism is known yet (findings empty): plasma ctDNA NGS first (no
 * biopsy needed); a tissue biopsy when plasma shows nothing (then first); histology for a transformation, which
 * no plasma assay shows. `plasmaBlind` names the mechanisms the graph marks as invisible in plasma. Methods
 * already done are not advised again. With findings, only a transformation among them asks for histology (see
 * rebiopsy.ts); otherwise no step. Without prior therapies (first line) there is no progression, so no step.
 */
export function testingSteps<T extends TestingStatement>(
  situation: Situation,
  statements: T[],
  plasmaBlind: string[],
): TestingStep<T>[] {
  const done = (m: TestingMethod) => situation.tested.includes(m);
  const cite = (m: TestingMethod) => statements.filter((s) => s.step === m);
  const blind = plasmaBlind.length > 0 ? ` (plasma cannot show: ${plasmaBlind.join(", ")})` : "";
  // Testing at progression: without a prior therapy there is no progression to explain.
  if (!situation.findingsEmpty || situation.priorDrugIds.length === 0) return [];
  const steps: TestingStep<T>[] = [];
  if (!done("PLASMA_CTDNA") && !done("TISSUE_NGS")) {
    steps.push({
      method: "PLASMA_CTDNA",
      reason: "no resistance mechanism is known yet: genotype plasma ctDNA first, which needs no biopsy",
      statements: cite("PLASMA_CTDNA"),
    });
    steps.push({
      method: "TISSUE_NGS",
      reason: `if plasma shows no resistance mechanism, biopsy tissue for NGS${blind}`,
      statements: cite("TISSUE_NGS"),
    });
  } else if (!done("TISSUE_NGS")) {
    steps.push({
      method: "TISSUE_NGS",
      reason: `plasma ctDNA found no resistance mechanism: biopsy tissue for NGS first${blind}`,
      statements: cite("TISSUE_NGS"),
    });
  }
  if (!done("TISSUE_HISTOLOGY")) {
    steps.push({
      method: "TISSUE_HISTOLOGY",
      reason:
        "if transformation is suspected (or on the tissue biopsy), review histology: histologic transformation is " +
        "seen only on tissue",
      statements: cite("TISSUE_HISTOLOGY"),
    });
  }
  return steps;
}
