import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../shared/connection.js";
import { MechanismCategory, VariantKind } from "../shared/enums.js";

@ArgsType()
export class VariantsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Gene symbol, e.g. ALK." })
  gene?: string | null;

  @Field(() => VariantKind, { nullable: true })
  kind?: VariantKind | null;

  @Field(() => String, { nullable: true, description: "Only variants with resistance evidence against this drug." })
  resistantTo?: string | null;

  @Field(() => String, { nullable: true, description: "Only variants this drug stays active against." })
  sensitiveTo?: string | null;

  @Field(() => MechanismCategory, { nullable: true, description: "Only variants of a mechanism of this category." })
  category?: MechanismCategory | null;
}
