import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import { nameKey } from "../../graph/normalize.js";
import type { Shaped } from "../../translate/result.js";
import { readByName } from "../shared/node.repository.js";

/**
 * A drug by name, synonym or research code, case- and punctuation-insensitive ("pf06463922" is lorlatinib), with
 * everything the query selects below it (one round trip).
 */
export function readDrug(ctx: Context, info: GraphQLResolveInfo, name: string): Promise<Shaped | null> {
  return readByName(ctx, info, "Drug", [nameKey(name)]);
}
