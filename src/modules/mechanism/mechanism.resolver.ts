import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import type { Context } from "../../context.js";
import type { Shaped } from "../../translate/result.js";
import { nameKey } from "../../graph/normalize.js";
import { MechanismResistanceClaim, OvercomesClaim } from "../claims/claims.type.js";
import { both, EDGES, mechanismResistanceClaim, overcomesClaim } from "../claims/claim-edges.js";
import { Gene } from "../gene/gene.type.js";
import { Pathway } from "../pathway/pathway.type.js";
import { Connection } from "../shared/connection.js";
import { EdgeArgs, related, relatedNodes } from "../shared/edges.js";
import type { GraphNode } from "../shared/graph-node.js";
import { readByName, readConnection } from "../shared/node.repository.js";
import { ClinicalTrial } from "../trial/trial.type.js";
import { Variant } from "../variant/variant.type.js";
import { detectionOf } from "../../translate/computed.js";
import { MechanismsArgs } from "./mechanism.args.js";
import { mechanismCategoryCounts } from "./mechanism.repository.js";
import { CategoryCount } from "./category-count.type.js";
import { Detection, ResistanceMechanism } from "./mechanism.type.js";

const MechanismConnection = Connection(ResistanceMechanism, "ResistanceMechanism");

@Resolver(() => ResistanceMechanism)
export class MechanismResolver {
  @Query(() => ResistanceMechanism, {
    nullable: true,
    description: 'A mechanism by name or id, e.g. "MET amplification".',
  })
  async mechanism(
    @Arg("name", () => String) name: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped | null> {
    return readByName(ctx, info, "ResistanceMechanism", [nameKey(name)]);
  }

  @Query(() => MechanismConnection)
  async mechanisms(
    @Args(() => MechanismsArgs) args: MechanismsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped> {
    return readConnection(ctx, info, "ResistanceMechanism", args, { category: args.category });
  }

  @Query(() => [CategoryCount], { description: "How many resistance mechanisms the graph holds, per category." })
  async mechanismCategoryCounts(@Ctx() ctx: Context) {
    return mechanismCategoryCounts(ctx);
  }

  @FieldResolver(() => Detection)
  detection(@Root() mechanism: GraphNode): Detection {
    return detectionOf(mechanism);
  }

  @FieldResolver(() => [MechanismResistanceClaim], {
    description: "Drugs at whose resistance this mechanism was observed.",
  })
  async drugs(
    @Root() mechanism: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<MechanismResistanceClaim[]> {
    const edges = await related(ctx, EDGES.mechanismDrugs, mechanism.id, first);
    return edges.map((e) => mechanismResistanceClaim(mechanism, e.node, e.rel));
  }

  @FieldResolver(() => [OvercomesClaim], { description: "Drugs and combinations reported to overcome it." })
  async overcomeBy(
    @Root() mechanism: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<OvercomesClaim[]> {
    const edges = await both(
      related(ctx, EDGES.mechanismOvercomeByDrugs, mechanism.id, first),
      related(ctx, EDGES.mechanismOvercomeByRegimens, mechanism.id, first),
    );
    return edges.map((e) => overcomesClaim(e.node, mechanism, e.rel));
  }

  @FieldResolver(() => [Gene])
  async genes(
    @Root() mechanism: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.mechanismGenes, mechanism.id, first);
  }

  @FieldResolver(() => [Pathway])
  async pathways(
    @Root() mechanism: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.mechanismPathways, mechanism.id, first);
  }

  @FieldResolver(() => [Variant])
  async variants(
    @Root() mechanism: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.mechanismVariants, mechanism.id, first);
  }

  @FieldResolver(() => [ClinicalTrial], { description: "Trials testing a way to overcome it." })
  async trials(
    @Root() mechanism: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.mechanismTrials, mechanism.id, first);
  }
}
