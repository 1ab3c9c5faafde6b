import { ArgsType, Field } from "type-graphql";
import { BadInputError } from "../../errors/errors.js";
import { EvidenceLevel } from "../shared/enums.js";

export const MATRIX_DRUGS_MAX = 20;
export const MATRIX_VARIANTS_MAX = 60;

@ArgsType()
export class MatrixArgs {
  @Field(() => [String], {
    nullable: true,
    description: `Drug names, brands or codes (at most ${MATRIX_DRUGS_MAX}); every ALK TKI when omitted.`,
  })
  drugs?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      `Variant names, single or compound (at most ${MATRIX_VARIANTS_MAX}); every variant with an activity claim ` +
      "when omitted.",
  })
  variants?: string[] | null;

  @Field(() => EvidenceLevel, {
    nullable: true,
    description: "Only CLINICAL or only PRECLINICAL claims; both when omitted.",
  })
  level?: EvidenceLevel | null;
}

/** Checks a name list before any database call: bounded, no blank or overlong name. */
export function checkNameList(values: string[] | null | undefined, argument: string, max: number): string[] | null {
  if (values === null || values === undefined) return null;
  const names = values.map((v) => v.trim());
  if (names.length === 0 || names.length > max || names.some((n) => n.length === 0 || n.length > 100)) {
    throw new BadInputError(`${argument} takes 1 to ${max} names of 1 to 100 characters`, { argument, max });
  }
  return names;
}
