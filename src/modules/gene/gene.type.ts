import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true })
export class Gene {
  @Field(() => ID, { description: "The HGNC symbol." })
  id!: string;

  @Field(() => String)
  symbol!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  synonyms!: string[];
}
