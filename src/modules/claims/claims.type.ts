import { Field, Float, ObjectType } from "type-graphql";
import { Drug } from "../drug/drug.type.js";
import { Gene } from "../gene/gene.type.js";
import { ResistanceMechanism } from "../mechanism/mechanism.type.js";
import { Activity } from "../shared/enums.js";
import { Evidence } from "../shared/evidence.type.js";
import type { GraphNode } from "../shared/graph-node.js";
import { ResistanceTarget, Therapy } from "../shared/unions.js";
import { Variant } from "../variant/variant.type.js";

// Claim edges carry both of their ends, so a client reads them the same way from either side. The ends are what
// resolvers really pass: graph nodes (their stored properties and labels), which the GraphQL types read field by field.

@ObjectType({ simpleResolvers: true, description: "A drug inhibits a gene's product." })
export class TargetClaim {
  @Field(() => Drug)
  drug!: GraphNode;

  @Field(() => Gene)
  gene!: GraphNode;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType({
  simpleResolvers: true,
  description: "How active a drug is against a variant (single or compound), with its evidence.",
})
export class ActivityClaim {
  @Field(() => Drug)
  drug!: GraphNode;

  @Field(() => Variant)
  variant!: GraphNode;

  @Field(() => Activity)
  activity!: Activity;

  @Field(() => Float, { nullable: true, description: "Cellular IC50 in nM, as published." })
  ic50nM!: number | null;

  @Field(() => String, { nullable: true, description: "The assay of the IC50, e.g. Ba/F3 EML4-ALK." })
  assay!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "Share (%) of resistant biopsies with the variant after this drug.",
  })
  frequencyPercent!: number | null;

  @Field(() => String, { nullable: true })
  frequencyContext!: string | null;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType({ simpleResolvers: true, description: "A mechanism observed at resistance to a drug." })
export class MechanismResistanceClaim {
  @Field(() => ResistanceMechanism)
  mechanism!: GraphNode;

  @Field(() => Drug)
  drug!: GraphNode;

  @Field(() => Float, { nullable: true })
  frequencyPercent!: number | null;

  @Field(() => String, { nullable: true })
  frequencyContext!: string | null;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType({ simpleResolvers: true, description: "A therapy reported to work despite a mechanism or variant." })
export class OvercomesClaim {
  @Field(() => Therapy)
  therapy!: GraphNode;

  @Field(() => ResistanceTarget)
  target!: GraphNode;

  @Field(() => Evidence)
  evidence!: Evidence;
}
