import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import type { Shaped } from "../../translate/result.js";
import type { Context } from "../../context.js";
import { BadInputError } from "../../errors/errors.js";
import { checkFirst } from "../shared/edges.js";
import { luceneQuery } from "./lucene.js";
import { readSearchHits } from "./search.repository.js";
import { SearchHit } from "./search.type.js";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: "Full-text search over names, synonyms and codes of every entity." })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped[]> {
    const query = luceneQuery(text);
    if (query === "" || text.length > 200)
      throw new BadInputError("text must have 1 to 200 characters of search terms");
    return readSearchHits(ctx, info, query, checkFirst(first, 100));
  }
}
