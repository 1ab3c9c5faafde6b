import { ArgsType, Field, Int } from "type-graphql";
import { PageArgs } from "../shared/connection.js";
import { Activity, ApprovalStatus, DrugClass, EvidenceLevel } from "../shared/enums.js";
import { EdgeArgs } from "../shared/edges.js";

@ArgsType()
export class DrugsArgs extends PageArgs {
  @Field(() => Int, { nullable: true })
  generation?: number | null;

  @Field(() => DrugClass, { nullable: true })
  drugClass?: DrugClass | null;

  @Field(() => ApprovalStatus, { nullable: true })
  approvalStatus?: ApprovalStatus | null;
}

@ArgsType()
export class ActivityArgs extends EdgeArgs {
  @Field(() => [Activity], { nullable: true, description: "Only these activity classes." })
  activity?: Activity[] | null;

  @Field(() => EvidenceLevel, { nullable: true, description: "Only clinical, or only preclinical, evidence." })
  level?: EvidenceLevel | null;
}
