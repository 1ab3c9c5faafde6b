import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import type { Context } from "../../context.js";
import type { Shaped } from "../../translate/result.js";
import { TargetClaim } from "../claims/claims.type.js";
import { EDGES, targetClaim } from "../claims/claim-edges.js";
import { ResistanceMechanism } from "../mechanism/mechanism.type.js";
import { Pathway } from "../pathway/pathway.type.js";
import { Connection, PageArgs } from "../shared/connection.js";
import { EdgeArgs, related, relatedNodes } from "../shared/edges.js";
import type { GraphNode } from "../shared/graph-node.js";
import { readByName, readConnection } from "../shared/node.repository.js";
import { nameKey } from "../../graph/normalize.js";
import { Variant } from "../variant/variant.type.js";
import { Gene } from "./gene.type.js";

const GeneConnection = Connection(Gene, "Gene");

@Resolver(() => Gene)
export class GeneResolver {
  @Query(() => Gene, { nullable: true, description: "A gene by symbol, name or synonym." })
  async gene(
    @Arg("symbol", () => String) symbol: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped | null> {
    return readByName(ctx, info, "Gene", [nameKey(symbol)]);
  }

  @Query(() => GeneConnection)
  async genes(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped> {
    return readConnection(ctx, info, "Gene", args);
  }

  @FieldResolver(() => [Variant])
  async variants(
    @Root() gene: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.geneVariants, gene.id, first);
  }

  @FieldResolver(() => [TargetClaim], { description: "Drugs that inhibit this gene's product." })
  async targetedBy(
    @Root() gene: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<TargetClaim[]> {
    const edges = await related(ctx, EDGES.geneDrugs, gene.id, first);
    return edges.map((e) => targetClaim(e.node, gene, e.rel));
  }

  @FieldResolver(() => [Pathway])
  async pathways(
    @Root() gene: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.genePathways, gene.id, first);
  }

  @FieldResolver(() => [ResistanceMechanism])
  async mechanisms(
    @Root() gene: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.geneMechanisms, gene.id, first);
  }
}
