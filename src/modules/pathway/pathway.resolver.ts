import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import type { Context } from "../../context.js";
import type { Shaped } from "../../translate/result.js";
import { EDGES } from "../claims/claim-edges.js";
import { Gene } from "../gene/gene.type.js";
import { ResistanceMechanism } from "../mechanism/mechanism.type.js";
import { Connection, PageArgs } from "../shared/connection.js";
import { EdgeArgs, relatedNodes } from "../shared/edges.js";
import type { GraphNode } from "../shared/graph-node.js";
import { readConnection } from "../shared/node.repository.js";
import { Pathway } from "./pathway.type.js";

const PathwayConnection = Connection(Pathway, "Pathway");

@Resolver(() => Pathway)
export class PathwayResolver {
  @Query(() => PathwayConnection)
  async pathways(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped> {
    return readConnection(ctx, info, "Pathway", args);
  }

  @FieldResolver(() => [Gene])
  async genes(
    @Root() pathway: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.pathwayGenes, pathway.id, first);
  }

  @FieldResolver(() => [ResistanceMechanism])
  async mechanisms(
    @Root() pathway: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.pathwayMechanisms, pathway.id, first);
  }
}
