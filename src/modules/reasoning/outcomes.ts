import type { Situation } from "./situation.js";

/** A reported outcome as stored on an Outcome node (only what the rules read). */
export interface OutcomeRecord {
  id: string;
  therapyId: string;
  line: "FIRST_LINE" | "SECOND_LINE_PLUS" | null;
  priorTherapies: string[] | null;
  priorGeneration: number | null;
  alkMutation: "DETECTED" | "NOT_DETECTED" | "ANY" | null;
  specimen: "PLASMA" | "TISSUE" | null;
  patients: number | null;
  orrPercent: number | null;
  medianPfsMonths: number | null;
}

/**
 * How specifically an outcome's population fits the patient: null when it does not fit (another line, other prior
 * therapies, the other ALK-mutation status or specimen), else the number of restrictions it shares with the
 * patient. A restriction the patient's data cannot settle excludes the outcome (an ALK-mutation subgroup needs a
 * known status), except the specimen of a mutation whose specimen was not given.
 */
export function outcomeFit(outcome: OutcomeRecord, situation: Situation): number | null {
  const prior = situation.priorDrugIds;
  let fit = 0;
  if (outcome.line) {
    if ((outcome.line === "FIRST_LINE") !== (prior.length === 0)) return null;
    fit += 1;
  }
  if (outcome.priorTherapies) {
    const after = outcome.priorTherapies;
    if (after.length === 0 ? prior.length > 0 : !after.some((id) => prior.includes(id))) return null;
    fit += 1;
  }
  if (outcome.priorGeneration !== null) {
    if (!situation.priorGenerations.includes(outcome.priorGeneration)) return null;
    fit += 1;
  }
  if (outcome.alkMutation && outcome.alkMutation !== "ANY") {
    if (outcome.alkMutation !== situation.alkMutation) return null;
    fit += 1;
    if (outcome.specimen) {
      if (situation.alkSpecimens.length > 0 && !situation.alkSpecimens.includes(outcome.specimen)) return null;
      if (situation.alkSpecimens.includes(outcome.specimen)) fit += 1;
    }
  }
  return fit;
}

/** The outcomes that fit, most specific first (then more patients, then id), each once. */
export function fittingOutcomes<T extends OutcomeRecord>(outcomes: T[], situation: Situation): T[] {
  return outcomes
    .map((outcome) => ({ outcome, fit: outcomeFit(outcome, situation) }))
    .filter((x): x is { outcome: T; fit: number } => x.fit !== null)
    .sort(
      (a, b) =>
        b.fit - a.fit ||
        (b.outcome.patients ?? 0) - (a.outcome.patients ?? 0) ||
        a.outcome.id.localeCompare(b.outcome.id),
    )
    .map((x) => x.outcome);
}

/**
 * The rank key part an option's outcomes give: outcome-backed options first, then by the response rate of their
 * best-fitting outcome, then its median PFS (higher first). Options without an outcome tie among themselves.
 */
export function outcomeKey(best: OutcomeRecord | undefined): number[] {
  if (!best) return [1, 0, 0];
  return [0, -(best.orrPercent ?? -1), -(best.medianPfsMonths ?? -1)];
}

/** "ORR 39.6%, median PFS 6.9 months (n = 139)" — what an outcome reports, for a rationale. */
export function describeOutcome(o: OutcomeRecord & { pfsNotReached?: boolean; population?: string | null }): string {
  const parts = [
    o.orrPercent !== null ? `ORR ${o.orrPercent}%` : null,
    o.medianPfsMonths !== null
      ? `median PFS ${o.medianPfsMonths} months`
      : o.pfsNotReached
        ? "median PFS not reached"
        : null,
  ].filter(Boolean);
  const n = o.patients !== null ? ` (n = ${o.patients})` : "";
  return `${parts.join(", ")}${n}${o.population ? ` in ${o.population}` : ""}`;
}
