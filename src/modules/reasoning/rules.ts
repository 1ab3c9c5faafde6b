/**
 * The clinical rules of the reasoning queries, as pure functions over claims already read from the graph, so each
 * rule is unit-tested without a database and the resolvers stay thin.
 */
export type ActivityClass = "SENSITIVE" | "INTERMEDIATE" | "RESISTANT" | "UNKNOWN";
export type Level = "CLINICAL" | "PRECLINICAL";

/** One claim about a drug against one subject (a variant, a compound mutation or a mechanism). */
export interface Claim {
  subjectId: string;
  subject: string;
  drugId: string;
  activity: Exclude<ActivityClass, "UNKNOWN">;
  level: Level;
  sources: string[];
  note: string | null;
  specimen: string | null;
  ic50nM: number | null;
  /** ACTIVITY (a variant claim), OBSERVED_AT_RESISTANCE (a mechanism seen at resistance), OVERCOMES. */
  kind: "ACTIVITY" | "OBSERVED_AT_RESISTANCE" | "OVERCOMES";
  /** PRIMARY, REVIEW or KNOWLEDGEBASE; null when the claim does not say (written through the API without it). */
  sourceKind?: string | null;
  locator?: string | null;
  basis?: string | null;
  assay?: string | null;
  extract?: { database: string; document: string | null; activity: string | null; via: string | null } | null;
}

const SEVERITY: Record<ActivityClass, number> = { UNKNOWN: -1, SENSITIVE: 0, INTERMEDIATE: 1, RESISTANT: 2 };

/** The worst class wins; UNKNOWN only when nothing is known. */
export function worstClass(classes: readonly ActivityClass[]): ActivityClass {
  return classes.reduce<ActivityClass>((worst, c) => (SEVERITY[c] > SEVERITY[worst] ? c : worst), "UNKNOWN");
}

/**
 * Several findings' classes for one drug, when no claim is about their combination: RESISTANT as soon as one
 * finding resists the drug; otherwise UNKNOWN when a finding has no evidence for it (activity against it cannot be
 * assumed); otherwise the worst class.
 */
export function combineFindings(classes: readonly ActivityClass[]): ActivityClass {
  if (classes.includes("RESISTANT")) return "RESISTANT";
  if (classes.includes("UNKNOWN")) return "UNKNOWN";
  return worstClass(classes);
}

/** A review's summary or a knowledge-base record; a claim that does not state its kind counts as primary-grade. */
export function isReviewGrade(claim: Pick<Claim, "sourceKind">): boolean {
  return claim.sourceKind === "REVIEW" || claim.sourceKind === "KNOWLEDGEBASE";
}

type Ranked = Pick<Claim, "activity" | "level" | "sourceKind">;

/**
 * The claims about one subject that decide its class, in two steps: primary studies outrank reviews and knowledge
 * bases (a review-grade claim decides only when no primary-grade claim exists), then, among those, clinical claims
 * outrank preclinical ones (patients outrank cell lines).
 */
export function decidingClaims<T extends Ranked>(claims: readonly T[]): T[] {
  const primary = claims.filter((c) => !isReviewGrade(c));
  const pool = primary.length > 0 ? primary : [...claims];
  const clinical = pool.filter((c) => c.level === "CLINICAL");
  return clinical.length > 0 ? clinical : pool;
}

/** The class one subject's claims give a drug: the worst class among its deciding claims. */
export function subjectClass(claims: readonly Ranked[]): ActivityClass {
  return worstClass(decidingClaims(claims).map((c) => c.activity));
}

/** Only the claims of one evidence level; all of them when `level` is null (both levels, the default). */
export function atLevel<T extends Pick<Claim, "level">>(claims: readonly T[], level: Level | null | undefined): T[] {
  return level ? claims.filter((c) => c.level === level) : [...claims];
}

/** An ALK-independent finding (bypass track or downstream reactivation) can sustain the tumour on any ALK TKI. */
export const BYPASS_CATEGORIES = new Set(["BYPASS_SIGNALING", "DOWNSTREAM_REACTIVATION"]);

/** The bypass cap: an ALK TKI alone is at best INTERMEDIATE; RESISTANT stays RESISTANT. */
export function capForBypass(activity: ActivityClass): ActivityClass {
  return activity === "RESISTANT" ? "RESISTANT" : "INTERMEDIATE";
}

export function bySeverity(a: ActivityClass, b: ActivityClass): number {
  const order: ActivityClass[] = ["SENSITIVE", "INTERMEDIATE", "RESISTANT", "UNKNOWN"];
  return order.indexOf(a) - order.indexOf(b);
}

/**
 * The IC50 shown beside a class: the least favourable (highest) IC50 among the claims of that class, taken from
 * primary-grade claims when any has one (a review's number never replaces a primary study's); null when none.
 */
export function decidingIc50(
  claims: readonly Pick<Claim, "activity" | "ic50nM" | "sourceKind">[],
  activity: ActivityClass,
): number | null {
  return decidingMeasurement(claims, activity)?.ic50nM ?? null;
}

/** The claim whose IC50 is shown beside `activity` (see decidingIc50), or undefined. */
export function decidingMeasurement<T extends Pick<Claim, "activity" | "ic50nM" | "sourceKind">>(
  claims: readonly T[],
  activity: ActivityClass,
): T | undefined {
  const measured = claims.filter((c) => c.activity === activity && c.ic50nM !== null && c.ic50nM !== undefined);
  const primary = measured.filter((c) => !isReviewGrade(c));
  const pool = primary.length > 0 ? primary : measured;
  return pool.reduce<T | undefined>(
    (best, c) => (best && (best.ic50nM as number) >= (c.ic50nM as number) ? best : c),
    undefined,
  );
}

/** One drug × variant cell of an activity matrix: the subject rule on the pair's claims, with its IC50 and sources. */
export interface MatrixCell {
  activity: ActivityClass;
  ic50nM: number | null;
  assay: string | null;
  sources: string[];
}

type CellClaim = Pick<Claim, "activity" | "level" | "sourceKind" | "ic50nM" | "sources"> & { assay?: string | null };

/** The class of one drug against one variant from that pair's claims alone (UNKNOWN for a gap). */
export function decideCell(claims: readonly CellClaim[]): MatrixCell {
  const activity = subjectClass(claims);
  const measured = decidingMeasurement(claims, activity);
  return {
    activity,
    ic50nM: measured?.ic50nM ?? null,
    assay: measured?.assay ?? null,
    sources: [...new Set(claims.flatMap((c) => c.sources))],
  };
}
