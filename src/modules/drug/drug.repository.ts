import type { Context } from "../../context.js";
import { nameKey } from "../../graph/normalize.js";
import type { GraphNode } from "../shared/graph-node.js";
import { findByName } from "../shared/node.repository.js";

/** A drug by name, synonym or research code, case- and punctuation-insensitive ("pf06463922" is lorlatinib). */
export function findDrug(ctx: Context, name: string): Promise<GraphNode | null> {
  return findByName(ctx, "Drug", [nameKey(name)]);
}
