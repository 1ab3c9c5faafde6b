import { Field, Float, ObjectType } from "type-graphql";
import { Drug } from "../drug/drug.type.js";
import type { GraphNode } from "../shared/graph-node.js";
import { Activity, EvidenceLevel } from "../shared/enums.js";
import { Evidence } from "../shared/evidence.type.js";
import { Variant } from "../variant/variant.type.js";

/**
 * One cell of the drug × variant activity matrix: every activity claim of one evidence level between a drug and a
 * variant (single or compound), folded into one class.
 */
@ObjectType({
  description:
    "One cell of the drug × variant activity matrix: the activity claims of one evidence level between a drug and a variant, folded into one class (the most resistant wins).",
})
export class ActivityCell {
  @Field(() => Drug)
  drug!: GraphNode;

  @Field(() => Variant)
  variant!: GraphNode;

  @Field(() => Activity, {
    description: "The most resistant class among the claims: RESISTANT > INTERMEDIATE > SENSITIVE.",
  })
  activity!: Activity;

  @Field(() => Float, {
    nullable: true,
    description: "Cellular IC50 in nM where published: the highest among the claims of the cell's class.",
  })
  ic50nM!: number | null;

  @Field(() => EvidenceLevel)
  level!: EvidenceLevel;

  @Field(() => [String], { description: "PMID:…, DOI:… or NCT… ids of every claim in the cell, sorted, once each." })
  sources!: string[];

  @Field(() => [Evidence], { description: "The evidence of each claim folded into the cell." })
  evidence!: Evidence[];
}
