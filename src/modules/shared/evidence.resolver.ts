import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Publication } from "../publication/publication.type.js";
import { ClinicalTrial } from "../trial/trial.type.js";
import { Evidence } from "./evidence.type.js";
import type { GraphNode } from "./graph-node.js";

/** Sources resolve through the request's node loaders: all evidence at one list level costs one round trip. */
@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => [Publication], { description: "The cited papers." })
  async publications(@Root() evidence: Evidence, @Ctx() ctx: Context) {
    const ids = evidence.sources.filter((s) => !s.startsWith("NCT"));
    return present(await ctx.loaders.node("Publication").loadMany(ids));
  }

  @FieldResolver(() => [ClinicalTrial], { description: "The cited trials." })
  async trials(@Root() evidence: Evidence, @Ctx() ctx: Context) {
    const ids = evidence.sources.filter((s) => s.startsWith("NCT"));
    return present(await ctx.loaders.node("ClinicalTrial").loadMany(ids));
  }
}

function present(values: (GraphNode | null | Error)[]): GraphNode[] {
  for (const value of values) if (value instanceof Error) throw value;
  return values.filter((v): v is GraphNode => v !== null && !(v instanceof Error));
}
