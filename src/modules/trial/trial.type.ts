import { Field, ID, ObjectType } from "type-graphql";
import { TrialPhase, TrialStatus } from "../shared/enums.js";

@ObjectType({ simpleResolvers: true, description: "A clinical trial, as registered on ClinicalTrials.gov." })
export class ClinicalTrial {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The ClinicalTrials.gov identifier (NCT + 8 digits)." })
  nctId!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => String, { description: "The acronym, or the NCT id when the trial has none." })
  name!: string;

  @Field(() => String)
  title!: string;

  @Field(() => TrialPhase)
  phase!: TrialPhase;

  @Field(() => TrialStatus)
  status!: TrialStatus;

  @Field(() => String)
  setting!: string;
}

@ObjectType({ simpleResolvers: true, description: "One arm of a trial and the drugs it gives." })
export class TrialArm {
  @Field(() => String)
  label!: string;
}
