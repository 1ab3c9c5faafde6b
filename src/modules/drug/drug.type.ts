import { Field, ID, Int, ObjectType } from "type-graphql";
import { ApprovalStatus, DrugClass } from "../shared/enums.js";

@ObjectType({
  simpleResolvers: true,
  description: "A drug: an ALK inhibitor or a partner used against ALK-independent resistance.",
})
export class Drug {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: "Brand names and other names." })
  synonyms!: string[];

  @Field(() => [String], { description: "Research codes, e.g. PF-06463922." })
  researchCodes!: string[];

  @Field(() => DrugClass)
  drugClass!: DrugClass;

  @Field(() => Int, { nullable: true, description: "ALK TKI generation: 1, 2, 3, or 4 for next-generation agents." })
  generation!: number | null;

  @Field(() => ApprovalStatus)
  approvalStatus!: ApprovalStatus;
}
