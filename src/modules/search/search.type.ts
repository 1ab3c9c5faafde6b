import { Field, Float, ObjectType } from "type-graphql";
import { Entity } from "../shared/unions.js";

@ObjectType({ simpleResolvers: true, description: "One search result: an entity and how well it matched." })
export class SearchHit {
  @Field(() => Float)
  score!: number;

  @Field(() => String, { description: "The entity's GraphQL type name." })
  kind!: string;

  @Field(() => Entity)
  entity!: typeof Entity;
}
