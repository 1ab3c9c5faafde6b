import type { ProfileRow } from "./profile.js";
import type { MechanismRef } from "./resolve.js";
import type { TestingMethod } from "./situation.js";

/**
 * When to send the patient back for a tissue biopsy instead of proposing a drug: a suspected mechanism that plasma
 * ctDNA cannot show (histologic transformation, EMT, expression states), or findings with no resistance evidence
 * for any drug the tumour progressed on (they do not explain the progression).
 */
export interface RebiopsyAdvice {
  /** true: nothing else should be proposed (the findings do not explain resistance). */
  exclusive: boolean;
  reason: string;
  mechanismIds: string[];
  /** What to do on the tissue: histology (and IHC) for states seen only there, else NGS. */
  method: TestingMethod;
}

/** A mechanism already confirmed by a tissue method the patient had (histology or IHC; tissue NGS). */
function confirmedBy(mechanism: MechanismRef, tested: TestingMethod[]): boolean {
  const methods = mechanism.detectionMethods ?? [];
  return (
    (tested.includes("TISSUE_HISTOLOGY") && (methods.includes("HISTOLOGY") || methods.includes("IHC"))) ||
    (tested.includes("TISSUE_NGS") && methods.includes("TISSUE_NGS"))
  );
}

export function rebiopsyAdvice(
  mechanisms: MechanismRef[],
  profile: ProfileRow[],
  priorDrugIds: string[],
  tested: TestingMethod[] = [],
): RebiopsyAdvice | null {
  const plasmaBlind = mechanisms.filter((m) => m.plasmaDetectable === "NO");
  const hidden = plasmaBlind.filter((m) => !confirmedBy(m, tested));
  const explained = profile.some(
    (row) => priorDrugIds.includes(row.drugId) && (row.activity === "RESISTANT" || row.activity === "INTERMEDIATE"),
  );
  if (priorDrugIds.length > 0 && !explained && plasmaBlind.length === 0) {
    return {
      exclusive: true,
      reason:
        "the findings carry no resistance evidence for the therapies the tumour progressed on, so they do not explain " +
        "the progression: re-biopsy tissue (histology, tissue NGS) to find the mechanism rather than guess",
      mechanismIds: [],
      method: "TISSUE_NGS",
    };
  }
  if (hidden.length === 0) return null;
  const named = hidden.map((m) => `${m.name}${m.detectionNote ? ` (${m.detectionNote})` : ""}`).join("; ");
  const histology = hidden.some((m) =>
    (m.detectionMethods ?? ["HISTOLOGY"]).some((x) => x === "HISTOLOGY" || x === "IHC"),
  );
  return {
    exclusive: false,
    reason: `plasma ctDNA cannot show ${named}: confirm it on a tissue re-biopsy before choosing therapy`,
    mechanismIds: hidden.map((m) => m.id),
    method: histology ? "TISSUE_HISTOLOGY" : "TISSUE_NGS",
  };
}
