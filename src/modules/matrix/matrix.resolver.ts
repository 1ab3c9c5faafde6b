import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { cited } from "../reasoning/reasoning.resolver.js";
import { MatrixArgs } from "./matrix.args.js";
import { activityMatrix } from "./matrix.service.js";
import { ActivityCell } from "./matrix.type.js";

/** Thin: checks and the cell rule live in matrix.service.ts; the Cypher in cypher/queries/matrix/cells.cypher. */
@Resolver()
export class MatrixResolver {
  @Query(() => [ActivityCell], {
    description:
      "The drug × variant activity matrix in one round trip: one cell per pair, drug-major in the order asked, " +
      "with class, IC50, sources and evidence; UNKNOWN cells are gaps. `npm run coverage` prints the standard one.",
  })
  async activityMatrix(@Args(() => MatrixArgs) args: MatrixArgs, @Ctx() ctx: Context) {
    const cells = await activityMatrix(ctx, args);
    return cells.map(({ claims, ...cell }) => ({ ...cell, level: args.level ?? null, evidence: claims.map(cited) }));
  }
}
