/**
 * The one declared rule that turns a cellular IC50 into an activity class (the bands of the Gainor 2016 Cancer
 * Discovery Ba/F3 panel), written out in data/README.md. Boundaries: exactly 50 nM is SENSITIVE, exactly 200 nM
 * is RESISTANT; INTERMEDIATE is strictly between. The loader rejects a claim whose class contradicts its own IC50.
 */
export const IC50_SENSITIVE_MAX_NM = 50;
export const IC50_RESISTANT_MIN_NM = 200;

export type BandClass = "SENSITIVE" | "INTERMEDIATE" | "RESISTANT";

export function classForIc50(nM: number): BandClass {
  if (nM <= IC50_SENSITIVE_MAX_NM) return "SENSITIVE";
  if (nM >= IC50_RESISTANT_MIN_NM) return "RESISTANT";
  return "INTERMEDIATE";
}

/** "≤ 50 nM SENSITIVE, 50–200 nM INTERMEDIATE, ≥ 200 nM RESISTANT", for messages and reports. */
export const IC50_RULE_TEXT =
  `≤ ${IC50_SENSITIVE_MAX_NM} nM SENSITIVE, ${IC50_SENSITIVE_MAX_NM}–${IC50_RESISTANT_MIN_NM} nM INTERMEDIATE, ` +
  `≥ ${IC50_RESISTANT_MIN_NM} nM RESISTANT`;
