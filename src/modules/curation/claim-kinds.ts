import { registerEnumType } from "type-graphql";
import { EDGES } from "../claims/claim-edges.js";
import type { EdgeSpec } from "../shared/loaders.js";

/** The claim edges `addEvidence` can reach, each named by its ends. */
export enum ClaimEdge {
  ACTIVITY = "ACTIVITY",
  MECHANISM_RESISTANCE = "MECHANISM_RESISTANCE",
  TARGETS = "TARGETS",
  DRUG_OVERCOMES_MECHANISM = "DRUG_OVERCOMES_MECHANISM",
  DRUG_OVERCOMES_VARIANT = "DRUG_OVERCOMES_VARIANT",
  REGIMEN_OVERCOMES_MECHANISM = "REGIMEN_OVERCOMES_MECHANISM",
  REGIMEN_OVERCOMES_VARIANT = "REGIMEN_OVERCOMES_VARIANT",
}

registerEnumType(ClaimEdge, {
  name: "ClaimEdge",
  description: "A kind of claim edge, from → to: ACTIVITY is variant → drug, TARGETS drug → gene, and so on.",
});

export const CLAIM_EDGES: Record<ClaimEdge, EdgeSpec> = {
  ACTIVITY: EDGES.variantActivity,
  MECHANISM_RESISTANCE: EDGES.mechanismDrugs,
  TARGETS: EDGES.drugTargets,
  DRUG_OVERCOMES_MECHANISM: EDGES.drugOvercomes,
  DRUG_OVERCOMES_VARIANT: EDGES.drugOvercomesVariants,
  REGIMEN_OVERCOMES_MECHANISM: EDGES.regimenOvercomes,
  REGIMEN_OVERCOMES_VARIANT: EDGES.regimenOvercomesVariants,
};
