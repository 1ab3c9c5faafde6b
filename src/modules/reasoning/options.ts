import type { GraphNode } from "../shared/graph-node.js";
import type { ProfileRow } from "./profile.js";
import type { OvercomesRow, TrialRow } from "./reasoning.repository.js";
import type { ActivityClass, Claim } from "./rules.js";

/** A next-line option before ranking: a drug or a regimen, why it is proposed, and what argues against it. */
export interface Candidate {
  id: string;
  name: string;
  drugs: GraphNode[];
  activity: ActivityClass | null;
  claims: Claim[];
  reasons: string[];
  caution: string | null;
  trials: GraphNode[];
}

/**
 * Ranks candidates: options without a caution first (clinical evidence, then approved drugs, then more trials),
 * then partly active drugs, then drugs with resistance evidence or that already failed.
 */
export function rankKey(c: Candidate, prior: boolean): (number | string)[] {
  const tier = !c.caution ? 0 : c.activity === "INTERMEDIATE" && !prior ? 1 : 2;
  const clinical = tier === 0 && c.claims.some((claim) => claim.level === "CLINICAL");
  const approved = c.drugs.every((d) => d.approvalStatus === "APPROVED");
  return [tier, clinical ? 0 : 1, approved ? 0 : 1, -c.trials.length, c.name];
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
    });
  }
  for (const o of overcomes) {
    const existing = byId.get(o.therapy.id);
    const reason = `reported to overcome ${o.target}`;
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
      activity: null,
      claims: [o.claim],
      reasons: [reason],
      caution: null,
      trials: [],
    });
  }
  for (const candidate of byId.values()) {
    const ids = candidate.drugs.map((d) => d.id);
    const matching = trials.filter((t) => ids.every((id) => t.drugIds.includes(id))).map((t) => t.trial);
    candidate.trials = matching.filter((t, i) => matching.findIndex((u) => u.id === t.id) === i);
  }
  const key = (c: Candidate) => rankKey(c, c.drugs.length === 1 && priorDrugIds.has(c.id));
  return [...byId.values()].sort((a, b) => compareKeys(key(a), key(b)));
}
