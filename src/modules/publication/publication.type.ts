import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A paper cited as evidence." })
export class Publication {
  @Field(() => ID, { description: "PMID:<digits>, or DOI:<doi> for a paper without a PMID." })
  id!: string;

  @Field(() => String, { nullable: true })
  pmid!: string | null;

  @Field(() => String, { nullable: true })
  doi!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  firstAuthor!: string;

  @Field(() => String)
  journal!: string;

  @Field(() => Int)
  year!: number;
}
