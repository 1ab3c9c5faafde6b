import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { cypher } from "../../db/cypher.js";
import { BadInputError } from "../../errors/errors.js";
import { checkFirst } from "../shared/edges.js";
import { toGraphNode } from "../shared/loaders.js";
import { typeNameOf } from "../shared/unions.js";
import { luceneQuery } from "./lucene.js";
import { SearchHit } from "./search.type.js";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: "Full-text search over names, synonyms and codes of every entity." })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ) {
    const query = luceneQuery(text);
    if (query === "" || text.length > 200)
      throw new BadInputError("text must have 1 to 200 characters of search terms");
    const rows = await ctx.executor.read(cypher("queries/search/fulltext"), { query, limit: checkFirst(first, 100) });
    return rows.map((row) => {
      const entity = toGraphNode(row.node as Record<string, unknown>, row.labels as string[]);
      return { score: row.score as number, kind: typeNameOf(entity), entity };
    });
  }
}
