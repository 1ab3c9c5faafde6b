import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import type { Shaped } from "../../translate/result.js";
import { readSearch } from "../../translate/translate-read.js";

/** Search hits with everything the query selects below their entities, in one round trip (the translator). */
export function readSearchHits(
  ctx: Context,
  info: GraphQLResolveInfo,
  query: string,
  limit: number,
): Promise<Shaped[]> {
  return readSearch(ctx, info, { query, limit });
}
