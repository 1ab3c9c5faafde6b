import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../shared/connection.js";
import { TrialPhase, TrialStatus } from "../shared/enums.js";

@ArgsType()
export class TrialsArgs extends PageArgs {
  @Field(() => TrialPhase, { nullable: true })
  phase?: TrialPhase | null;

  @Field(() => TrialStatus, { nullable: true })
  status?: TrialStatus | null;

  @Field(() => String, { nullable: true, description: "Only trials with an arm giving this drug (name or code)." })
  drug?: string | null;

  @Field(() => String, { nullable: true, description: "Only trials addressing this resistance mechanism." })
  mechanism?: string | null;
}
