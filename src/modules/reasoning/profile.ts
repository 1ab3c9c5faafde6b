import {
  BYPASS_CATEGORIES,
  bySeverity,
  capForBypass,
  combineFindings,
  decidingIc50,
  subjectClass,
  worstClass,
  type ActivityClass,
  type Claim,
} from "./rules.js";

/** What the findings resolved to, grouped by the role each subject plays in the rules. */
export interface Subjects {
  /** Compound mutations named by a finding or formed by several findings: their own evidence decides. */
  compounds: string[];
  /** Single variants (findings, and components of the compounds): combined when no compound evidence exists. */
  variants: string[];
  /** Mechanisms named by a finding or mediated by a finding variant. */
  mechanisms: { id: string; name: string; category: string }[];
}

export interface ProfileRow {
  drugId: string;
  activity: ActivityClass;
  inferred: boolean;
  ic50nM: number | null;
  claims: Claim[];
  rationale: string;
}

const names = (claims: Claim[]) => [...new Set(claims.map((c) => c.subject))].join(", ");

/** ALK-side class of one drug: the compound's own evidence, else the components combined (worst class wins). */
function onTarget(claims: Claim[], subjects: Subjects): Omit<ProfileRow, "drugId" | "ic50nM"> | null {
  const own = claims.filter((c) => subjects.compounds.includes(c.subjectId));
  if (own.length > 0) {
    const activity = worstClass(subjects.compounds.map((id) => subjectClass(own.filter((c) => c.subjectId === id))));
    return { activity, inferred: false, claims: own, rationale: `evidence on the compound mutation ${names(own)}` };
  }
  const parts = claims.filter((c) => subjects.variants.includes(c.subjectId));
  if (parts.length === 0) return null;
  const classes = subjects.variants.map((id) => subjectClass(parts.filter((c) => c.subjectId === id)));
  const activity = combineFindings(classes);
  const combined = subjects.variants.length > 1 || subjects.compounds.length > 0;
  const missing = subjects.variants.filter((_, i) => classes[i] === "UNKNOWN");
  const rationale = !combined
    ? `evidence on ${names(parts)}`
    : activity === "UNKNOWN"
      ? `no evidence on the combination nor on ${missing.join(", ")}; ${names(parts)} alone cannot decide`
      : `no evidence on the combination; worst class of ${names(parts)}`;
  return { activity, inferred: combined, claims: parts, rationale };
}

/** One drug's row: on-target class, then mechanisms (worst class wins), then the bypass cap for ALK TKIs. */
export function decideDrug(drugId: string, isAlkTki: boolean, all: Claim[], subjects: Subjects): ProfileRow {
  const claims = all.filter((c) => c.drugId === drugId);
  const alk = onTarget(claims, subjects);
  let activity = alk?.activity ?? "UNKNOWN";
  let inferred = alk?.inferred ?? false;
  const used = [...(alk?.claims ?? [])];
  const reasons = alk ? [alk.rationale] : [];
  for (const mechanism of subjects.mechanisms) {
    const own = claims.filter((c) => c.subjectId === mechanism.id);
    if (own.length > 0) {
      inferred ||= used.length > 0;
      activity = used.length > 0 ? worstClass([activity, subjectClass(own)]) : subjectClass(own);
      used.push(...own);
      reasons.push(`evidence on ${mechanism.name}`);
    } else if (isAlkTki && BYPASS_CATEGORIES.has(mechanism.category)) {
      const cited = all.filter((c) => c.subjectId === mechanism.id && c.kind === "OBSERVED_AT_RESISTANCE");
      if (activity === "UNKNOWN" && cited.length === 0) continue;
      activity = capForBypass(activity);
      inferred = true;
      used.push(...cited);
      reasons.push(`${mechanism.name} is an ALK-independent escape: an ALK TKI alone is at best INTERMEDIATE`);
    }
  }
  return {
    drugId,
    activity,
    inferred,
    ic50nM: decidingIc50(used, activity),
    claims: used,
    rationale: reasons.length > 0 ? reasons.join("; ") : "no evidence in the graph",
  };
}

/** Every ALK TKI and every drug some claim names, most active first; ties by the caller's drug order. */
export function decideProfile(
  drugs: { id: string; isAlkTki: boolean }[],
  claims: Claim[],
  subjects: Subjects,
): ProfileRow[] {
  const named = new Set(claims.map((c) => c.drugId));
  return drugs
    .filter((d) => d.isAlkTki || named.has(d.id))
    .map((d) => decideDrug(d.id, d.isAlkTki, claims, subjects))
    .sort((a, b) => bySeverity(a.activity, b.activity) || Number(a.inferred) - Number(b.inferred));
}
