import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../shared/connection.js";
import { VariantKind } from "../shared/enums.js";

@ArgsType()
export class VariantsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Gene symbol, e.g. ALK." })
  gene?: string | null;

  @Field(() => VariantKind, { nullable: true })
  kind?: VariantKind | null;
}
