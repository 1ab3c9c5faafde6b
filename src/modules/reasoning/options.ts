import type { GraphNode } from "../shared/graph-node.js";
import { describeOutcome, fittingOutcomes, outcomeKey, type OutcomeRecord } from "./outcomes.js";
import type { ProfileRow } from "./profile.js";
import type { OutcomeRow, OvercomesRow, TrialRow } from "./reasoning.repository.js";
import type { ActivityClass, Claim } from "./rules.js";
import type { Situation } from "./situation.js";

/** A next-line option before ranking: a drug or a regimen, why it is proposed, and what argues against it. */
export interface Candidate {
  id: string;
  name: string;
  drugs: GraphNode[];
  /** A strategy its source names only by class: the drug classes given besides `drugs` (empty otherwise). */
  drugClasses?: string[];
  activity: ActivityClass | null;
  claims: Claim[];
  reasons: string[];
  caution: string | null;
  trials: GraphNode[];
  /** Reported outcomes whose population fits the patient, best fit first (empty: ranked on activity class). */
  outcomes: (OutcomeRecord & GraphNode)[];
  /** Whether the rank rests on an outcome (one fits and the option is worth giving) or on activity class only. */
  rankBasis?: "OUTCOME" | "ACTIVITY_CLASS";
}

/**
 * Ranks candidates: options without a caution first, then partly active drugs, then drugs with resistance evidence
 * or that already failed. Within a tier, named therapies come before strategies a source names only by drug class
 * (no agent to prescribe); then options with a reported outcome that fits the patient (higher response rate, then
 * longer median PFS, first); the others by activity class evidence (clinical evidence, then approved drugs, then
 * more trials).
 */
export function rankKey(
  c: Pick<Candidate, "caution" | "activity" | "claims" | "drugs" | "trials" | "name" | "drugClasses"> & {
    outcomes?: OutcomeRecord[];
  },
  prior: boolean,
): (number | string)[] {
  const tier = tierOf(c, prior);
  const byClass = (c.drugClasses?.length ?? 0) > 0;
  const clinical = tier === 0 && c.claims.some((claim) => claim.level === "CLINICAL");
  const approved = !byClass && c.drugs.every((d) => d.approvalStatus === "APPROVED");
  // Outcomes order the options worth giving; among drugs with resistance evidence or that failed, they do not.
  const outcome = outcomeKey(tier < 2 ? c.outcomes?.[0] : undefined);
  return [tier, byClass ? 1 : 0, ...outcome, clinical ? 0 : 1, approved ? 0 : 1, -c.trials.length, c.name];
}

/**
 * Whether a trial tests a candidate: it gives every named drug and, for a strategy named by class, a drug of
 * every class.
 */
export function testsCandidate(trial: TrialRow, c: Pick<Candidate, "drugs" | "drugClasses">): boolean {
  return (
    c.drugs.every((d) => trial.drugIds.includes(d.id)) &&
    (c.drugClasses ?? []).every((k) => (trial.drugClasses ?? []).includes(k))
  );
}

/** 0: no caution; 1: partly active (not a failed drug); 2: resistance evidence, or the tumour progressed on it. */
export function tierOf(c: Pick<Candidate, "caution" | "activity">, prior: boolean): number {
  return !c.caution ? 0 : c.activity === "INTERMEDIATE" && !prior ? 1 : 2;
}

export function compareKeys(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
  }
  return 0;
}

/** Why a drug the profile found active or inactive should (not) be used after progression on `prior`. */
export function cautionFor(row: ProfileRow | undefined, prior: boolean): string | null {
  const failed = prior ? "; the tumour progressed on it" : "";
  if (row?.activity === "RESISTANT") return `resistance evidence for these findings${failed}`;
  if (row?.activity === "INTERMEDIATE") return `at best partly active against these findings${failed}`;
  if (prior && row?.activity !== "SENSITIVE")
    return "the tumour progressed on it, and no evidence says it is active again";
  return null;
}

/**
 * Builds the options: drugs the profile finds active or with resistance evidence (the latter ranked last, with
 * the reason), and therapies reported to overcome a finding; each with the trials that address a finding and
 * give its drugs.
 */
export function buildCandidates(
  profile: (ProfileRow & { drug: GraphNode })[],
  overcomes: OvercomesRow[],
  trials: TrialRow[],
  priorDrugIds: Set<string>,
  outcomes: OutcomeRow[] = [],
  situation?: Situation,
): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const row of profile.filter((r) => r.activity !== "UNKNOWN")) {
    const prior = priorDrugIds.has(row.drugId);
    const reason = `${row.activity.toLowerCase()}: ${row.rationale}`;
    byId.set(row.drugId, {
      id: row.drugId,
      name: row.drug.name as string,
      drugs: [row.drug],
      activity: row.activity,
      claims: row.claims,
      reasons: [prior && row.activity === "SENSITIVE" ? `re-sensitised after progression; ${reason}` : reason],
      caution: cautionFor(row, prior),
      trials: [],
      outcomes: [],
    });
  }
  for (const o of overcomes) {
    const existing = byId.get(o.therapy.id);
    const classes = (o.therapy.drugClasses as string[] | undefined) ?? [];
    const reason = classes.length
      ? `reported to overcome ${o.target} (a strategy its source names by drug class, without naming every agent)`
      : `reported to overcome ${o.target}`;
    if (existing) {
      const known = existing.claims.some(
        (c) =>
          c.kind === "OVERCOMES" && c.subjectId === o.claim.subjectId && c.sources.join() === o.claim.sources.join(),
      );
      if (!known) existing.claims.push(o.claim);
      if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
      continue;
    }
    byId.set(o.therapy.id, {
      id: o.therapy.id,
      name: o.therapy.name as string,
      drugs: o.drugs,
      drugClasses: (o.therapy.drugClasses as string[] | undefined) ?? [],
      activity: null,
      claims: [o.claim],
      reasons: [reason],
      caution: null,
      trials: [],
      outcomes: [],
    });
  }
  if (situation) addOutcomes(byId, outcomes, situation, priorDrugIds);
  for (const candidate of byId.values()) {
    const matching = trials.filter((t) => testsCandidate(t, candidate)).map((t) => t.trial);
    const reporting = candidate.outcomes.flatMap((o) => outcomes.find((r) => r.outcome.id === o.id)?.trial ?? []);
    const all = [...matching, ...reporting];
    candidate.trials = all.filter((t, i) => all.findIndex((u) => u.id === t.id) === i);
  }
  const prior = (c: Candidate) => c.drugs.length === 1 && priorDrugIds.has(c.id);
  for (const c of byId.values())
    c.rankBasis = c.outcomes.length > 0 && tierOf(c, prior(c)) < 2 ? "OUTCOME" : "ACTIVITY_CLASS";
  return [...byId.values()].sort((a, b) => compareKeys(rankKey(a, prior(a)), rankKey(b, prior(b))));
}

/**
 * Attaches to each candidate the reported outcomes of its therapy that fit the patient. When no finding is known
 * yet, a therapy with such an outcome becomes a candidate of its own (what the evidence supports after those prior
 * therapies), and so does one with an outcome reported for a mechanism among the findings (e.g. chemotherapy for a
 * transformation); a single drug the tumour progressed on keeps a caution.
 */
function addOutcomes(
  byId: Map<string, Candidate>,
  outcomes: OutcomeRow[],
  situation: Situation,
  priorDrugIds: Set<string>,
): void {
  const fitting = fittingOutcomes(
    outcomes.map((o) => o.outcome),
    situation,
  );
  for (const outcome of fitting) {
    const row = outcomes.find((o) => o.outcome.id === outcome.id)!;
    let candidate = byId.get(outcome.therapyId);
    if (!candidate) {
      if (!situation.findingsEmpty && !outcome.mechanisms?.length) continue;
      const failed = row.drugs.length === 1 && priorDrugIds.has(outcome.therapyId);
      candidate = {
        id: outcome.therapyId,
        name: row.therapy.name as string,
        drugs: row.drugs,
        drugClasses: (row.therapy.drugClasses as string[] | undefined) ?? [],
        activity: null,
        claims: [],
        reasons: [],
        caution: failed ? "the tumour progressed on it" : null,
        trials: [],
        outcomes: [],
      };
      byId.set(candidate.id, candidate);
    }
    if (candidate.outcomes.length === 0) candidate.reasons.push(`reported outcome: ${describeOutcome(outcome)}`);
    candidate.outcomes.push(outcome);
  }
}
