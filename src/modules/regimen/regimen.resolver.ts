import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import type { Context } from "../../context.js";
import { drugClassesOf } from "../../translate/computed.js";
import type { Shaped } from "../../translate/result.js";
import { OvercomesClaim } from "../claims/claims.type.js";
import { both, EDGES, overcomesClaim } from "../claims/claim-edges.js";
import { Drug } from "../drug/drug.type.js";
import { Connection, PageArgs } from "../shared/connection.js";
import { DrugClass } from "../shared/enums.js";
import { EdgeArgs, related, relatedNodes } from "../shared/edges.js";
import type { GraphNode } from "../shared/graph-node.js";
import { readConnection } from "../shared/node.repository.js";
import { Regimen } from "./regimen.type.js";

const RegimenConnection = Connection(Regimen, "Regimen");

@Resolver(() => Regimen)
export class RegimenResolver {
  @Query(() => RegimenConnection)
  async regimens(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped> {
    return readConnection(ctx, info, "Regimen", args);
  }

  @FieldResolver(() => [DrugClass])
  drugClasses(@Root() regimen: GraphNode): DrugClass[] {
    return drugClassesOf(regimen) as DrugClass[];
  }

  @FieldResolver(() => [Drug])
  async drugs(
    @Root() regimen: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.regimenDrugs, regimen.id, first);
  }

  @FieldResolver(() => [OvercomesClaim])
  async overcomes(
    @Root() regimen: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<OvercomesClaim[]> {
    const edges = await both(
      related(ctx, EDGES.regimenOvercomes, regimen.id, first),
      related(ctx, EDGES.regimenOvercomesVariants, regimen.id, first),
    );
    return edges.map((e) => overcomesClaim(regimen, e.node, e.rel));
  }
}
