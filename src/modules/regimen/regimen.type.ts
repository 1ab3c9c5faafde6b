import { Field, ID, ObjectType } from "type-graphql";
import { DrugClass } from "../shared/enums.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "A combination of drugs given together, or a strategy its source names only by drug class (e.g. an ALK " +
    "inhibitor with a SRC inhibitor): then `drugs` holds only the drugs the source names and `drugClasses` the rest.",
})
export class Regimen {
  @Field(() => ID, { description: "The drug ids, then the drug classes in kebab case, joined by +." })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [DrugClass], {
    description:
      "The drug classes the source names without naming the agent (empty for a combination of named drugs). A " +
      "strategy with classes is ranked after named options in nextLineOptions.",
  })
  drugClasses!: DrugClass[];
}
