import { Field, Int, ObjectType } from "type-graphql";
import { MechanismCategory } from "../shared/enums.js";

@ObjectType({ simpleResolvers: true, description: "How many resistance mechanisms fall in one category." })
export class CategoryCount {
  @Field(() => MechanismCategory)
  category!: MechanismCategory;

  @Field(() => Int)
  count!: number;
}
