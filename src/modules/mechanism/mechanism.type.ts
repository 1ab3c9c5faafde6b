import { Field, ID, ObjectType } from "type-graphql";
import { DetectionMethod, MechanismCategory, PlasmaDetectability } from "../shared/enums.js";

@ObjectType({ simpleResolvers: true, description: "How the mechanism is found at progression." })
export class Detection {
  @Field(() => [DetectionMethod])
  methods!: DetectionMethod[];

  @Field(() => PlasmaDetectability)
  plasmaDetectable!: PlasmaDetectability;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [String])
  sources!: string[];
}

@ObjectType({ simpleResolvers: true, description: "A way tumours escape ALK inhibitors." })
export class ResistanceMechanism {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => MechanismCategory)
  category!: MechanismCategory;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String])
  synonyms!: string[];
}
