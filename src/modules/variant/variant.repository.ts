import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import { variantQueryKeys } from "../../graph/normalize.js";
import type { Shaped } from "../../translate/result.js";
import { readByName } from "../shared/node.repository.js";

/**
 * A variant by name: "G1202R", "ALK G1202R", "p.G1202R", "MET amplification"; compound mutations in any order
 * ("L1196M+G1202R" is G1202R+L1196M); with everything the query selects below it (one round trip).
 */
export function readVariant(ctx: Context, info: GraphQLResolveInfo, name: string): Promise<Shaped | null> {
  return readByName(ctx, info, "Variant", variantQueryKeys(name));
}
