import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../shared/connection.js";
import { MechanismCategory } from "../shared/enums.js";

@ArgsType()
export class MechanismsArgs extends PageArgs {
  @Field(() => MechanismCategory, { nullable: true })
  category?: MechanismCategory | null;
}
