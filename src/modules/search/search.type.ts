import { Field, Float, ObjectType } from "type-graphql";
import type { GraphNode } from "../shared/graph-node.js";
import { Entity } from "../shared/unions.js";

@ObjectType({ simpleResolvers: true, description: "One search result: an entity and how well it matched." })
export class SearchHit {
  @Field(() => Float)
  score!: number;

  @Field(() => String, { description: "The entity's GraphQL type name." })
  kind!: string;

  @Field(() => Entity)
  /** The graph node itself; its GraphQL type follows from its labels (Entity.resolveType). */
  entity!: GraphNode;
}
