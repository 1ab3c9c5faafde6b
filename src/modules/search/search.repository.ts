import type { Context } from "../../context.js";
import { cypher } from "../../db/cypher.js";
import { toGraphNode } from "../shared/loaders.js";
import { typeNameOf } from "../shared/unions.js";
import type { SearchHit } from "./search.type.js";

/** Entities whose names, synonyms or codes match a Lucene query (built from escaped user terms), best first. */
export async function searchEntities(ctx: Context, query: string, limit: number): Promise<SearchHit[]> {
  const rows = await ctx.executor.read(cypher("queries/search/fulltext"), { query, limit });
  return rows.map((row) => {
    const entity = toGraphNode(row.node as Record<string, unknown>, row.labels as string[]);
    return { score: row.score as number, kind: typeNameOf(entity), entity };
  });
}
