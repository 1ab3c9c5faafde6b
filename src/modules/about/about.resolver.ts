import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { graphCounts } from "../../seed/load.js";
import { About } from "./about.type.js";

const asCounts = (counts: Record<string, number>) => Object.entries(counts).map(([name, count]) => ({ name, count }));

@Resolver()
export class AboutResolver {
  @Query(() => About)
  async about(@Ctx() ctx: Context): Promise<About> {
    const counts = await graphCounts(ctx.executor);
    return {
      dataVersion: counts.version,
      loadedAt: counts.loadedAt,
      nodes: asCounts(counts.nodes),
      relationships: asCounts(counts.relationships),
    };
  }
}
