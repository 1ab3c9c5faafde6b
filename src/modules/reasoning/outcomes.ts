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
  /** Mechanism ids the subgroup's tumours had (e.g. a transformation); null = not restricted. */
  mechanisms: string[] | null;
  patients: number | null;
  orrPercent: number | null;
  medianPfsMonths: number | null;
}

/**
 * How specifically an outcome's population fits the patient: null when it does not fit, else the number of
 * restrictions it shares with the patient. The rules, on the patient's prior ALK TKIs:
 * - line: FIRST_LINE fits only a patient with no prior therapy, SECOND_LINE_PLUS only one with some;
 * - priorTherapies: [] fits only the ALK-TKI-naive; a list fits when every prior ALK TKI of the patient is in it;
 * - priorGeneration fits when it is the highest generation the patient received;
 * - mechanisms: fits only a patient with one of them among the findings;
 * - after an ALK TKI, an outcome that says nothing about which TKI came before (neither priorTherapies nor
 *   priorGeneration) nor about the mechanism does not fit: it cannot tell this patient's chances;
 * - an ALK-mutation subgroup (DETECTED / NOT_DETECTED) fits only a patient with that known status, and its
 *   specimen must be one the status was determined in (a mutation given without its specimen fits either).
 */
export function outcomeFit(outcome: OutcomeRecord, situation: Situation): number | null {
  const tkis = situation.priorAlkTkis.map((t) => t.id);
  const generations = situation.priorAlkTkis.map((t) => t.generation ?? 0);
  const highest = generations.length > 0 ? Math.max(...generations) : null;
  let fit = 0;
  if (outcome.line) {
    if ((outcome.line === "FIRST_LINE") !== (situation.priorDrugIds.length === 0)) return null;
    fit += 1;
  }
  if (outcome.priorTherapies) {
    const after = outcome.priorTherapies;
    if (after.length === 0 ? tkis.length > 0 : tkis.length === 0 || !tkis.every((id) => after.includes(id)))
      return null;
    fit += 1;
  }
  if (outcome.priorGeneration !== null) {
    if (outcome.priorGeneration !== highest) return null;
    fit += 1;
  }
  const byMechanism = (outcome.mechanisms ?? []).length > 0;
  if (byMechanism) {
    if (!outcome.mechanisms!.some((id) => situation.mechanismIds.includes(id))) return null;
    fit += 1;
  }
  if (tkis.length > 0 && !outcome.priorTherapies?.length && outcome.priorGeneration === null && !byMechanism)
    return null;
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

/** "ORR 40% (n = 139) (after a second-generation TKI)": what an outcome reports, for a rationale. */
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
  return `${parts.join(", ")}${n}${o.population ? ` (${o.population})` : ""}`;
}
