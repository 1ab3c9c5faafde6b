import type { Context } from "../../context.js";
import { cypher } from "../../db/cypher.js";
import { toGraphNode, type GraphNode } from "../shared/loaders.js";
import { outcomeNode } from "../outcome/outcome.node.js";
import type { OutcomeRecord } from "./outcomes.js";
import type { Claim } from "./rules.js";

export interface OvercomesRow {
  therapy: GraphNode;
  drugs: GraphNode[];
  targetId: string;
  target: string;
  claim: Claim;
}

/** A reported outcome with its therapy (and that therapy's drugs) and the trial that reported it. */
export interface OutcomeRow {
  outcome: GraphNode & OutcomeRecord;
  therapy: GraphNode;
  drugs: GraphNode[];
  trial: GraphNode | null;
}

export interface TrialRow {
  trial: GraphNode;
  targetId: string;
  drugIds: string[];
  /** The classes of the drugs the trial tests (to match a strategy named by class). */
  drugClasses?: string[];
}

const bySubjectThenSource = (a: Claim, b: Claim) =>
  a.subject.localeCompare(b.subject) ||
  a.drugId.localeCompare(b.drugId) ||
  a.level.localeCompare(b.level) ||
  a.kind.localeCompare(b.kind) ||
  a.sources.join().localeCompare(b.sources.join());

/** Claims about drugs against variants and mechanisms, and the drugs an answer may name. */
export interface Evidence {
  claims: Claim[];
  drugs: GraphNode[];
}

/** The positions of a claim's values in the lists reasoning/resolve-evidence returns (one list per claim). */
export const CLAIM_COLUMNS = [
  "subjectId",
  "subject",
  "drugId",
  "activity",
  "kind",
  "level",
  "sources",
  "specimen",
  "ic50nM",
  "sourceKind",
  "note",
  "assay",
  "locator",
  "basis",
  "extract",
] as const satisfies readonly (keyof Claim)[];

function claimOf(values: readonly unknown[]): Claim {
  const claim: Record<string, unknown> = {};
  CLAIM_COLUMNS.forEach((column, index) => (claim[column] = values[index] ?? null));
  claim.sources ??= [];
  return claim as unknown as Claim;
}

/** The claims and drugs of a reasoning/resolve-evidence row, claims in a stable order. */
export function evidenceOf(row: Record<string, unknown>): Evidence {
  const claims = ((row.claims ?? []) as unknown[][]).map(claimOf);
  const drugs = ((row.drugs ?? []) as Record<string, unknown>[]).map((d) => toGraphNode(d, ["Drug"]));
  return { claims: claims.sort(bySubjectThenSource), drugs };
}

/**
 * The evidence about the rules' subjects only: the read covers every id a subject could come from (a compound
 * whose parts were not all found is not one), so claims of other ids, and drugs only they name, are dropped.
 */
export function evidenceAbout(evidence: Evidence, subjectIds: string[]): Evidence {
  const subjects = new Set(subjectIds);
  const claims = evidence.claims.filter((c) => subjects.has(c.subjectId));
  const named = new Set(claims.map((c) => c.drugId));
  const drugs = evidence.drugs.filter((d) => d.drugClass === "ALK_TKI" || named.has(d.id));
  return { claims, drugs };
}

export interface OptionsRead {
  overcomes: OvercomesRow[];
  trials: TrialRow[];
  outcomes: OutcomeRow[];
  testing: GraphNode[];
  plasmaBlind: { name: string; category: string }[];
}

/**
 * Therapies reported to overcome the targets, trials addressing them, every reported outcome, the testing
 * statements and the mechanisms plasma cannot show (one round trip).
 */
export async function readOptions(ctx: Context, targetIds: string[]): Promise<OptionsRead> {
  const [row] = await ctx.executor.read(cypher("queries/reasoning/options"), { targetIds });
  type Raw = Record<string, unknown>;
  const overcomes = ((row?.overcomes ?? []) as Raw[]).map((o) => {
    const therapy = toGraphNode(o.therapy as Raw, o.labels as string[]);
    return {
      therapy,
      drugs: (o.drugs as Raw[]).map((d) => toGraphNode(d, ["Drug"])),
      targetId: o.targetId as string,
      target: o.target as string,
      claim: {
        subjectId: o.targetId as string,
        subject: o.target as string,
        drugId: therapy.id,
        activity: "SENSITIVE" as const,
        kind: "OVERCOMES" as const,
        level: o.level as Claim["level"],
        sources: (o.sources as string[]) ?? [],
        note: (o.note as string | null) ?? null,
        specimen: (o.specimen as string | null) ?? null,
        ic50nM: null,
        sourceKind: (o.sourceKind as string | null) ?? null,
        locator: (o.locator as string | null) ?? null,
        basis: (o.basis as string | null) ?? null,
      },
    };
  });
  const trials = ((row?.trials ?? []) as Raw[]).map((t) => ({
    trial: toGraphNode(t.trial as Raw, ["ClinicalTrial"]),
    targetId: t.targetId as string,
    drugIds: t.drugIds as string[],
    drugClasses: (t.drugClasses as string[] | undefined) ?? [],
  }));
  const outcomes = ((row?.outcomes ?? []) as Raw[]).map((o) => ({
    outcome: outcomeNode(o.outcome as Raw),
    therapy: toGraphNode(o.therapy as Raw, o.labels as string[]),
    drugs: (o.drugs as Raw[]).map((d) => toGraphNode(d, ["Drug"])),
    trial: o.trial ? toGraphNode(o.trial as Raw, ["ClinicalTrial"]) : null,
  }));
  const testing = ((row?.testing ?? []) as Raw[]).map((t) => toGraphNode(t, ["TestingAdvice"]));
  const plasmaBlind = (row?.plasmaBlind ?? []) as { name: string; category: string }[];
  return { overcomes, trials, outcomes, testing, plasmaBlind };
}
