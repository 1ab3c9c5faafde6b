import type { Context } from "../../context.js";
import { cypher } from "../../db/cypher.js";
import type { CategoryCount } from "./category-count.type.js";

/** How many resistance mechanisms the graph holds, per category. */
export async function mechanismCategoryCounts(ctx: Context): Promise<CategoryCount[]> {
  const rows = await ctx.executor.read(cypher("queries/counts/mechanism-categories"));
  return rows as unknown as CategoryCount[];
}
