import type { Context } from "../../context.js";
import { unique } from "../../graph/normalize.js";
import type { GraphNode } from "../shared/graph-node.js";
import { buildCandidates, type Candidate } from "./options.js";
import { decideProfile, type ProfileRow } from "./profile.js";
import { readEvidence, readOptions } from "./reasoning.repository.js";
import { rebiopsyAdvice, type RebiopsyAdvice } from "./rebiopsy.js";
import { checkNames, resolveInputs, type ResolvedFinding } from "./resolve.js";
import { atLevel, type Claim, type Level } from "./rules.js";
import { subjectsOf } from "./subjects.js";

export type DrugRow = ProfileRow & { drug: GraphNode };

/** Resolve (1 round trip) + evidence (1 round trip) + the pure rules. */
export async function resistanceProfile(
  ctx: Context,
  findings: string[],
  level: Level | null = null,
): Promise<DrugRow[]> {
  const names = checkNames(findings, "findings", false);
  const resolved = await resolveInputs(ctx, names);
  return (await profileOf(ctx, resolved.findings, level)).rows;
}

/** `level` keeps only clinical or only preclinical claims (null: both) before any rule runs. */
async function profileOf(ctx: Context, findings: ResolvedFinding[], level: Level | null = null) {
  const subjects = subjectsOf(findings);
  const mechanismIds = subjects.mechanisms.map((m) => m.id);
  const read = await readEvidence(ctx, [...subjects.compounds, ...subjects.variants], mechanismIds);
  const { drugs } = read;
  const claims = atLevel(read.claims, level);
  const byId = new Map(drugs.map((d) => [d.id, d]));
  const flags = drugs.map((d) => ({ id: d.id, isAlkTki: d.drugClass === "ALK_TKI" }));
  const rows = decideProfile(flags, claims, subjects).map((r) => ({ ...r, drug: byId.get(r.drugId)! }));
  return { subjects, claims, rows };
}

export interface OptionShape {
  rank: number;
  kind: "THERAPY" | "TISSUE_REBIOPSY";
  name: string;
  therapy: GraphNode[];
  activity: string | null;
  rationale: string;
  caution: string | null;
  claims: Claim[];
  trials: GraphNode[];
}

/** Resolve + evidence + options (3 round trips at most), then the ranking and re-biopsy rules. */
export async function nextLineOptions(ctx: Context, priorTherapies: string[], findings: string[]) {
  const names = checkNames(findings, "findings", false);
  const prior = checkNames(priorTherapies, "priorTherapies", true);
  const resolved = await resolveInputs(ctx, names, prior);
  const { subjects, claims, rows } = await profileOf(ctx, resolved.findings);
  const priorDrugIds = unique(resolved.therapies.flatMap((t) => t.drugIds));
  const advice = rebiopsyAdvice(subjects.mechanismRefs, rows, priorDrugIds);
  if (advice?.exclusive) return [rebiopsy(advice, [])];
  const targets = [...subjects.compounds, ...subjects.variants, ...subjects.mechanisms.map((m) => m.id)];
  const { overcomes, trials } = await readOptions(ctx, targets);
  const options = buildCandidates(rows, overcomes, trials, new Set(priorDrugIds)).map(therapyOption);
  if (advice) options.unshift(rebiopsy(advice, claims));
  return options.map((option, index) => ({ ...option, rank: index + 1 }));
}

function therapyOption(c: Candidate): OptionShape {
  return {
    rank: 0,
    kind: "THERAPY",
    name: c.name,
    therapy: c.drugs,
    activity: c.activity,
    rationale: c.reasons.join("; "),
    caution: c.caution,
    claims: c.claims,
    trials: c.trials,
  };
}

function rebiopsy(advice: RebiopsyAdvice, claims: Claim[]): OptionShape {
  return {
    rank: 1,
    kind: "TISSUE_REBIOPSY",
    name: "Tissue re-biopsy",
    therapy: [],
    activity: null,
    rationale: advice.reason,
    caution: null,
    claims: claims.filter((c) => c.kind === "OBSERVED_AT_RESISTANCE" && advice.mechanismIds.includes(c.subjectId)),
    trials: [],
  };
}
