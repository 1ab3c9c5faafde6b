import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A combination of drugs given together." })
export class Regimen {
  @Field(() => ID, { description: "The drug ids joined by +." })
  id!: string;

  @Field(() => String)
  name!: string;
}
