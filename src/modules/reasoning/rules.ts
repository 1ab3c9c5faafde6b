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
}

const SEVERITY: Record<ActivityClass, number> = { UNKNOWN: -1, SENSITIVE: 0, INTERMEDIATE: 1, RESISTANT: 2 };

/** The worst class wins; UNKNOWN only when nothing is known. */
export function worstClass(classes: readonly ActivityClass[]): ActivityClass {
  return classes.reduce<ActivityClass>((worst, c) => (SEVERITY[c] > SEVERITY[worst] ? c : worst), "UNKNOWN");
}

/**
 * The class one subject's claims give a drug: clinical claims decide when there are any (patients outrank cell
 * lines), and among the deciding claims the worst class wins.
 */
export function subjectClass(claims: readonly Pick<Claim, "activity" | "level">[]): ActivityClass {
  const clinical = claims.filter((c) => c.level === "CLINICAL");
  return worstClass((clinical.length > 0 ? clinical : claims).map((c) => c.activity));
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

/** The least favourable IC50 among the claims that decided the class (null when none was published). */
export function decidingIc50(claims: readonly Claim[], activity: ActivityClass): number | null {
  const values = claims.filter((c) => c.activity === activity && c.ic50nM !== null).map((c) => c.ic50nM as number);
  return values.length > 0 ? Math.max(...values) : null;
}
