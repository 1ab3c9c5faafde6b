import { EDGES } from "../modules/claims/claim-edges.js";
import type { EdgeSpec } from "../modules/shared/loaders.js";

/** The claim types of the API: relationship fields whose items are edges (both ends, evidence), not bare nodes. */
export type ClaimType = "TargetClaim" | "ActivityClaim" | "MechanismResistanceClaim" | "OvercomesClaim";

/**
 * One relationship field of a node type: the edges it follows (EDGES, src/modules/claims/claim-edges.ts, gives
 * label, type and direction) and what each item is — the node at the other end, or a claim whose `parent` field is
 * the node the field is asked on and whose `other` field is the node at the other end.
 */
export interface RelationshipField {
  /** Followed in order, each to at most `first` edges, and concatenated (a drug overcomes mechanisms, then variants). */
  edges: readonly EdgeSpec[];
  claim?: { type: ClaimType; parent: string; other: string };
  /** The field takes `activity` and `level` filters (ActivityArgs). */
  filtered?: boolean;
  /** One node or null (Variant.gene), not a list. */
  single?: boolean;
  /** Two edges to the same node (a trial giving a drug in two arms) list it once. */
  unique?: boolean;
}

const nodes = (edge: EdgeSpec, extra: Partial<RelationshipField> = {}): RelationshipField => ({
  edges: [edge],
  ...extra,
});
const claim = (
  type: ClaimType,
  edges: readonly EdgeSpec[],
  parent: string,
  other: string,
  extra: Partial<RelationshipField> = {},
): RelationshipField => ({ edges, claim: { type, parent, other }, ...extra });

/**
 * Which GraphQL field maps to which relationship: `Type.field` → edges and item shape. The translator compiles
 * these into nested COLLECT subqueries; the schema check (schema-check.ts) fails at start-up when a field of a
 * node type has neither an entry here, a computed mapping (computed.ts), nor a plain stored property.
 */
export const RELATIONSHIP_MAP: Record<string, RelationshipField> = {
  "Drug.targets": claim("TargetClaim", [EDGES.drugTargets], "drug", "gene"),
  "Drug.variantActivity": claim("ActivityClaim", [EDGES.drugActivity], "drug", "variant", { filtered: true }),
  "Drug.resistanceMechanisms": claim("MechanismResistanceClaim", [EDGES.drugMechanisms], "drug", "mechanism"),
  "Drug.overcomes": claim("OvercomesClaim", [EDGES.drugOvercomes, EDGES.drugOvercomesVariants], "therapy", "target"),
  "Drug.regimens": nodes(EDGES.drugRegimens),
  "Drug.trials": nodes(EDGES.drugTrials, { unique: true }),

  "Gene.variants": nodes(EDGES.geneVariants),
  "Gene.targetedBy": claim("TargetClaim", [EDGES.geneDrugs], "gene", "drug"),
  "Gene.pathways": nodes(EDGES.genePathways),
  "Gene.mechanisms": nodes(EDGES.geneMechanisms),

  "Variant.gene": nodes(EDGES.variantGene, { single: true }),
  "Variant.components": nodes(EDGES.compoundComponents),
  "Variant.compounds": nodes(EDGES.variantCompounds),
  "Variant.drugActivity": claim("ActivityClaim", [EDGES.variantActivity], "variant", "drug", { filtered: true }),
  "Variant.mechanisms": nodes(EDGES.variantMechanisms),
  "Variant.overcomeBy": claim(
    "OvercomesClaim",
    [EDGES.variantOvercomeByDrugs, EDGES.variantOvercomeByRegimens],
    "target",
    "therapy",
  ),
  "Variant.trials": nodes(EDGES.variantTrials),

  "ResistanceMechanism.drugs": claim("MechanismResistanceClaim", [EDGES.mechanismDrugs], "mechanism", "drug"),
  "ResistanceMechanism.overcomeBy": claim(
    "OvercomesClaim",
    [EDGES.mechanismOvercomeByDrugs, EDGES.mechanismOvercomeByRegimens],
    "target",
    "therapy",
  ),
  "ResistanceMechanism.genes": nodes(EDGES.mechanismGenes),
  "ResistanceMechanism.pathways": nodes(EDGES.mechanismPathways),
  "ResistanceMechanism.variants": nodes(EDGES.mechanismVariants),
  "ResistanceMechanism.trials": nodes(EDGES.mechanismTrials),

  "Pathway.genes": nodes(EDGES.pathwayGenes),
  "Pathway.mechanisms": nodes(EDGES.pathwayMechanisms),

  "ClinicalTrial.drugs": nodes(EDGES.trialDrugs, { unique: true }),
  "ClinicalTrial.mechanisms": nodes(EDGES.trialMechanisms),
  "ClinicalTrial.variants": nodes(EDGES.trialVariants),
  "ClinicalTrial.outcomes": nodes(EDGES.trialOutcomes),
  "ClinicalTrial.publications": nodes(EDGES.trialPublications),

  "Publication.trials": nodes(EDGES.publicationTrials),

  "Regimen.drugs": nodes(EDGES.regimenDrugs),
  "Regimen.overcomes": claim(
    "OvercomesClaim",
    [EDGES.regimenOvercomes, EDGES.regimenOvercomesVariants],
    "therapy",
    "target",
  ),
};

export { NODE_TYPES, type NodeType } from "../graph/model.js";

/** One row per relationship field, for schema/graph-model.md (a unit test keeps the document and this map in step). */
export function relationshipRows(): string[][] {
  return Object.entries(RELATIONSHIP_MAP).map(([field, map]) => {
    const follows = map.edges
      .map((e) => {
        const types = e.types.join("\\|");
        return e.direction === "out" ? `(${e.from})-[:${types}]->(${e.to})` : `(${e.from})<-[:${types}]-(${e.to})`;
      })
      .join(", then ");
    const item = map.claim
      ? `${map.claim.type} (${map.claim.parent}: this node, ${map.claim.other}: the other end)`
      : map.single
        ? "the node (one)"
        : map.unique
          ? "the node (each once)"
          : "the node";
    return [field, follows, item];
  });
}
