import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true })
export class Count {
  @Field(() => String, { description: "A node label or relationship type." })
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "What the graph holds: dataset version and counts." })
export class About {
  @Field(() => String, { nullable: true, description: "Version of the curated dataset (data/dataset.yaml)." })
  dataVersion!: string | null;

  @Field(() => String, { nullable: true, description: "When it was loaded (ISO-8601)." })
  loadedAt!: string | null;

  @Field(() => [Count])
  nodes!: Count[];

  @Field(() => [Count])
  relationships!: Count[];
}
