import { Field, ID, ObjectType } from "type-graphql";
import { VariantKind } from "../shared/enums.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "An alteration: an ALK kinase-domain mutation, a compound mutation (kind COMPOUND, with components), or an ALK-independent alteration such as MET amplification.",
})
export class Variant {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "As usually written, e.g. G1202R or G1202R+L1196M." })
  name!: string;

  @Field(() => String, { description: "With the gene, e.g. ALK G1202R." })
  fullName!: string;

  @Field(() => VariantKind)
  kind!: VariantKind;

  @Field(() => String, { nullable: true, description: "Structural region, e.g. solvent front, gatekeeper." })
  region!: string | null;

  @Field(() => [String])
  synonyms!: string[];
}
