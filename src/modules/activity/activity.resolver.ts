import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { BadInputError } from "../../errors/errors.js";
import { EvidenceLevel } from "../shared/enums.js";
import { readActivityMatrix } from "./activity.repository.js";
import { ActivityCell } from "./activity.type.js";

export const MATRIX_NAMES_MAX = 100;

function checkNames(arg: string, names: string[] | null): void {
  if (names === null) return;
  if (names.length > MATRIX_NAMES_MAX) throw new BadInputError(`${arg} takes at most ${MATRIX_NAMES_MAX} names`);
  if (names.some((n) => n.trim() === "" || n.length > 200))
    throw new BadInputError(`each of ${arg} must have 1 to 200 characters`);
}

@Resolver()
export class ActivityResolver {
  @Query(() => [ActivityCell], {
    description:
      "The drug × variant activity matrix in one round trip: one cell per drug, variant (single or compound) and " +
      "evidence level, ordered by drug and variant name. drugs and variants keep only those names (any spelling " +
      "the lookups accept); level keeps one evidence level.",
  })
  activityMatrix(
    @Arg("drugs", () => [String], { nullable: true }) drugs: string[] | null,
    @Arg("variants", () => [String], { nullable: true }) variants: string[] | null,
    @Arg("level", () => EvidenceLevel, { nullable: true }) level: EvidenceLevel | null,
    @Ctx() ctx: Context,
  ): Promise<ActivityCell[]> {
    checkNames("drugs", drugs ?? null);
    checkNames("variants", variants ?? null);
    return readActivityMatrix(ctx.executor, { drugs, variants, level });
  }
}
