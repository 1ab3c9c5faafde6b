import type { Context } from "../../context.js";
import type { Reader } from "../../db/executor.js";
import { unique } from "../../graph/normalize.js";
import type { GraphNode } from "../shared/graph-node.js";
import { buildCandidates, type Candidate } from "./options.js";
import type { OutcomeRecord } from "./outcomes.js";
import { decideProfile, type ProfileRow } from "./profile.js";
import { evidenceAbout, readOptions, type Evidence } from "./reasoning.repository.js";
import { rebiopsyAdvice, type RebiopsyAdvice } from "./rebiopsy.js";
import { checkNames, resolveInputs, type ReadDetail, type ResolvedFinding } from "./resolve.js";
import { atLevel, type Claim, type Level } from "./rules.js";
import { checkDetails, findingNotes, situationOf, type FindingDetail, type TestingMethod } from "./situation.js";
import { subjectsOf } from "./subjects.js";
import { STEP_NAMES, testingSteps, type TestingStep } from "./testing.js";

export type DrugRow = ProfileRow & { drug: GraphNode };

/** How the tumour was tested, and the findings described one by one (specimen, plasma allele fraction). */
export interface Testing {
  tested: TestingMethod[];
  details: FindingDetail[];
}

/** Resolve and evidence (1 round trip) + the pure rules. */
export async function resistanceProfile(
  ctx: { executor: Reader },
  findings: string[],
  testing: Testing,
  level: Level | null,
  detail: ReadDetail,
): Promise<DrugRow[]> {
  const details = checkDetails(testing.details);
  const names = checkNames(unique([...findings, ...details.map((d) => d.name)]), "findings", false);
  const resolved = await resolveInputs(ctx, names, [], detail);
  const notes = findingNotes(resolved.findings, details);
  return profileOf(resolved.evidence, resolved.findings, level).rows.map((row) => withNotes(row, notes));
}

/** Adds where a finding the row rests on was found (plasma, allele fraction) to its rationale. */
function withNotes<T extends ProfileRow>(row: T, notes: Map<string, string>): T {
  const said = unique(row.claims.flatMap((c) => (notes.has(c.subjectId) ? [notes.get(c.subjectId)!] : [])));
  return said.length > 0 ? { ...row, rationale: `${row.rationale}; ${said.join("; ")}` } : row;
}

/** `level` keeps only clinical or only preclinical claims (null: both) before any rule runs. */
function profileOf(evidence: Evidence, findings: ResolvedFinding[], level: Level | null = null) {
  const subjects = subjectsOf(findings);
  const mechanismIds = subjects.mechanisms.map((m) => m.id);
  const read = evidenceAbout(evidence, [...subjects.compounds, ...subjects.variants, ...mechanismIds]);
  const { drugs } = read;
  const claims = atLevel(read.claims, level);
  const byId = new Map(drugs.map((d) => [d.id, d]));
  const flags = drugs.map((d) => ({ id: d.id, isAlkTki: d.drugClass === "ALK_TKI" }));
  const rows = decideProfile(flags, claims, subjects).map((r) => ({ ...r, drug: byId.get(r.drugId)! }));
  return { subjects, claims, rows };
}

export interface OptionShape {
  rank: number;
  kind: "THERAPY" | "TISSUE_REBIOPSY" | "TESTING";
  name: string;
  therapy: GraphNode[];
  /** For a strategy a source names only by class: the drug classes given besides `therapy`. */
  drugClasses: string[];
  activity: string | null;
  rationale: string;
  caution: string | null;
  claims: Claim[];
  trials: GraphNode[];
  /** OUTCOME: ranked on a reported outcome that fits; ACTIVITY_CLASS: on evidence of activity only; TESTING. */
  rankBasis: "OUTCOME" | "ACTIVITY_CLASS" | "TESTING";
  outcomes: (GraphNode & OutcomeRecord)[];
  testingMethod: TestingMethod | null;
  testingAdvice: GraphNode[];
}

/**
 * Resolve and evidence (1 round trip) + options (1 round trip, none when a re-biopsy is the only advice), then the testing, ranking and re-biopsy rules. Without
 * findings the answer leads with testing advice, then the therapies whose reported outcomes fit the patient.
 */
export async function nextLineOptions(
  ctx: Context,
  priorTherapies: string[],
  findings: string[],
  testing: Testing = { tested: [], details: [] },
  claimText = true,
): Promise<OptionShape[]> {
  const details = checkDetails(testing.details);
  const names = checkNames(unique([...findings, ...details.map((d) => d.name)]), "findings", true);
  const prior = checkNames(priorTherapies, "priorTherapies", true);
  // Every drug field: options rank approved drugs first, and answer their drugs whole.
  const resolved = await resolveInputs(ctx, names, prior, { claimText, drugDetail: true });
  const { subjects, claims, rows } = profileOf(resolved.evidence, resolved.findings);
  const priorDrugIds = unique(resolved.therapies.flatMap((t) => t.drugIds));
  const situation = situationOf({
    findings: resolved.findings,
    details,
    tested: testing.tested,
    priorDrugIds,
    priorAlkTkis: resolved.therapies.flatMap((t) => t.alkTkis ?? []),
  });
  const advice = names.length > 0 ? rebiopsyAdvice(subjects.mechanismRefs, rows, priorDrugIds, situation.tested) : null;
  const notes = findingNotes(resolved.findings, details);
  if (advice?.exclusive) return [rebiopsy(advice, [], [])];
  const targets = [...subjects.compounds, ...subjects.variants, ...subjects.mechanisms.map((m) => m.id)];
  const read = await readOptions(ctx, targets);
  const candidates = buildCandidates(
    rows.map((row) => withNotes(row, notes)),
    read.overcomes,
    read.trials,
    new Set(priorDrugIds),
    read.outcomes,
    situation,
  );
  const blind = read.plasmaBlind
    .filter((m) => ["HISTOLOGIC_TRANSFORMATION", "PHENOTYPIC_CHANGE"].includes(m.category))
    .map((m) => m.name);
  const steps = testingSteps(situation, read.testing as (GraphNode & { step: TestingMethod })[], blind);
  const options = [
    ...steps.map(testingOption),
    ...(advice ? [rebiopsy(advice, claims, read.testing)] : []),
    ...candidates.map(therapyOption),
  ];
  return options.map((option, index) => ({ ...option, rank: index + 1 }));
}

function therapyOption(c: Candidate): OptionShape {
  return {
    rank: 0,
    kind: "THERAPY",
    name: c.name,
    therapy: c.drugs,
    drugClasses: c.drugClasses ?? [],
    activity: c.activity,
    rationale: c.reasons.join("; "),
    caution: c.caution,
    claims: c.claims,
    trials: c.trials,
    rankBasis: c.rankBasis ?? "ACTIVITY_CLASS",
    outcomes: c.outcomes,
    testingMethod: null,
    testingAdvice: [],
  };
}

function testingOption(step: TestingStep<GraphNode & { step: TestingMethod }>): OptionShape {
  return {
    rank: 0,
    kind: "TESTING",
    name: STEP_NAMES[step.method],
    therapy: [],
    drugClasses: [],
    activity: null,
    rationale: step.reason,
    caution: null,
    claims: [],
    trials: [],
    rankBasis: "TESTING",
    outcomes: [],
    testingMethod: step.method,
    testingAdvice: step.statements,
  };
}

/** The re-biopsy a finding asks for; for a state seen only on tissue (transformation, EMT), histology is cited. */
function rebiopsy(advice: RebiopsyAdvice, claims: Claim[], statements: GraphNode[]): OptionShape {
  return {
    rank: 1,
    kind: "TISSUE_REBIOPSY",
    name: "Tissue re-biopsy",
    therapy: [],
    drugClasses: [],
    activity: null,
    rationale: advice.reason,
    caution: null,
    claims: claims.filter((c) => c.kind === "OBSERVED_AT_RESISTANCE" && advice.mechanismIds.includes(c.subjectId)),
    trials: [],
    rankBasis: "TESTING",
    outcomes: [],
    testingMethod: advice.method,
    testingAdvice: statements.filter((s) => s.step === advice.method),
  };
}
