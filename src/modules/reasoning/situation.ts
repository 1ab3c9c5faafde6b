import { BadInputError } from "../../errors/errors.js";
import type { MechanismRef, ResolvedFinding } from "./resolve.js";

export type TestingMethod = "PLASMA_CTDNA" | "TISSUE_NGS" | "TISSUE_HISTOLOGY";
export type SpecimenKind = "PLASMA" | "TISSUE";

/** One finding as the caller described it: where it was found and, for plasma, its allele fraction. */
export interface FindingDetail {
  name: string;
  specimen?: SpecimenKind | null;
  alleleFractionPercent?: number | null;
}

/**
 * The patient's situation as the outcome and testing rules see it: what was given, how the tumour was tested, and
 * whether an on-target ALK mutation was found (and in which specimen).
 */
export interface Situation {
  priorDrugIds: string[];
  /** The prior ALK TKIs and their generation (e.g. alectinib, 2). */
  priorAlkTkis: { id: string; generation: number | null }[];
  findingsEmpty: boolean;
  /** The methods named in `tested`, plus those implied by the specimen of a detailed finding. */
  tested: TestingMethod[];
  /** DETECTED: a finding is an ALK kinase-domain mutation; NOT_DETECTED: NGS was done and found none. */
  alkMutation: "DETECTED" | "NOT_DETECTED" | "UNKNOWN";
  /** Where the ALK status was determined (empty when unknown). */
  alkSpecimens: SpecimenKind[];
  /** Transformations among the findings (histologic, seen only on tissue). */
  transformations: MechanismRef[];
  /** Every mechanism a finding names or mediates. */
  mechanismIds: string[];
}

const NGS: Record<SpecimenKind, TestingMethod> = { PLASMA: "PLASMA_CTDNA", TISSUE: "TISSUE_NGS" };

/** An on-target ALK mutation: an ALK point mutation, insertion, deletion or compound, or the mechanism itself. */
export function isAlkMutation(finding: ResolvedFinding): boolean {
  if (finding.variant) {
    return finding.variant.gene === "ALK" && !["AMPLIFICATION", "FUSION"].includes(finding.variant.kind);
  }
  return finding.mechanism?.category === "ON_TARGET_ALK_MUTATION";
}

export function situationOf(input: {
  findings: ResolvedFinding[];
  details: FindingDetail[];
  tested: TestingMethod[];
  priorDrugIds: string[];
  priorAlkTkis: { id: string; generation: number | null }[];
}): Situation {
  const { findings, details, priorDrugIds } = input;
  const priorAlkTkis = input.priorAlkTkis.filter((t, i, all) => all.findIndex((x) => x.id === t.id) === i);
  const specimenOf = (name: string) => details.find((d) => d.name.trim() === name)?.specimen ?? null;
  const implied = details.flatMap((d) => (d.specimen ? [NGS[d.specimen]] : []));
  const tested = (["PLASMA_CTDNA", "TISSUE_NGS", "TISSUE_HISTOLOGY"] as const).filter(
    (m) => input.tested.includes(m) || implied.includes(m),
  );
  const testedSpecimens = (["PLASMA", "TISSUE"] as const).filter((s) => tested.includes(NGS[s]));
  const alk = findings.filter(isAlkMutation);
  const alkMutation = alk.length > 0 ? "DETECTED" : testedSpecimens.length > 0 ? "NOT_DETECTED" : "UNKNOWN";
  const named = alk.map((f) => specimenOf(f.input)).filter((s): s is SpecimenKind => s !== null);
  const alkSpecimens = alkMutation === "DETECTED" && named.length > 0 ? [...new Set(named)] : testedSpecimens;
  const mechanisms = findings.flatMap((f) => [...(f.mechanism ? [f.mechanism] : []), ...f.mechanisms]);
  const transformations = mechanisms
    .filter((m) => m.category === "HISTOLOGIC_TRANSFORMATION")
    .filter((m, i, all) => all.findIndex((x) => x.id === m.id) === i);
  return {
    priorDrugIds,
    priorAlkTkis,
    findingsEmpty: findings.length === 0,
    tested: [...tested],
    alkMutation,
    alkSpecimens: [...alkSpecimens],
    transformations,
    mechanismIds: [...new Set(mechanisms.map((m) => m.id))],
  };
}

/** Input checks that need no database: a bounded list, a name each, an allele fraction only for plasma, 0–100. */
export function checkDetails(details: FindingDetail[]): FindingDetail[] {
  if (details.length > 20)
    throw new BadInputError("findingDetails takes at most 20 findings", { argument: "findingDetails" });
  for (const d of details) {
    const af = d.alleleFractionPercent;
    if (af === null || af === undefined) continue;
    if (d.specimen !== "PLASMA") {
      throw new BadInputError(`findingDetails: the allele fraction of "${d.name}" needs specimen: PLASMA`, {
        argument: "findingDetails",
      });
    }
    if (!(af > 0 && af <= 100)) {
      throw new BadInputError(`findingDetails: alleleFractionPercent of "${d.name}" must be above 0 and at most 100`, {
        argument: "findingDetails",
      });
    }
  }
  return details.map((d) => ({ ...d, name: d.name.trim() }));
}

/** "ALK G1202R found in plasma (allele fraction 0.4%)" per subject id, for the findings described in detail. */
export function findingNotes(findings: ResolvedFinding[], details: FindingDetail[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const d of details.filter((x) => x.specimen)) {
    const f = findings.find((x) => x.input.trim() === d.name);
    const subject = f?.variant ?? f?.mechanism;
    if (!f || !subject) continue;
    const label = f.variant?.fullName ?? f.mechanism!.name;
    const af = d.alleleFractionPercent ? ` (allele fraction ${d.alleleFractionPercent}%)` : "";
    notes.set(subject.id, `${label} found in ${d.specimen === "PLASMA" ? "plasma" : "tissue"}${af}`);
  }
  return notes;
}
