import type { Context } from "../../context.js";
import { variantQueryKeys } from "../../graph/normalize.js";
import type { GraphNode } from "../shared/graph-node.js";
import { findByName } from "../shared/node.repository.js";

/**
 * A variant by name: "G1202R", "ALK G1202R", "p.G1202R", "MET amplification"; compound mutations in any order
 * ("L1196M+G1202R" is G1202R+L1196M).
 */
export function findVariant(ctx: Context, name: string): Promise<GraphNode | null> {
  return findByName(ctx, "Variant", variantQueryKeys(name));
}
