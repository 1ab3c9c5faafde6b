import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import type { Context } from "../../context.js";
import type { Shaped } from "../../translate/result.js";
import { ActivityClaim, OvercomesClaim } from "../claims/claims.type.js";
import { activityClaim, both, EDGES, overcomesClaim } from "../claims/claim-edges.js";
import { ActivityArgs } from "../drug/drug.args.js";
import { Gene } from "../gene/gene.type.js";
import { ResistanceMechanism } from "../mechanism/mechanism.type.js";
import { Connection } from "../shared/connection.js";
import { EdgeArgs, related, relatedNodes } from "../shared/edges.js";
import type { GraphNode } from "../shared/graph-node.js";
import { nameNeedle, readConnection } from "../shared/node.repository.js";
import { readVariant } from "./variant.repository.js";
import { ClinicalTrial } from "../trial/trial.type.js";
import { VariantsArgs } from "./variant.args.js";
import { Variant } from "./variant.type.js";

const VariantConnection = Connection(Variant, "Variant");

@Resolver(() => Variant)
export class VariantResolver {
  @Query(() => Variant, {
    nullable: true,
    description:
      'A variant by name: "G1202R", "ALK G1202R", "p.G1202R", "G1202R+L1196M" (any order), "MET amplification".',
  })
  async variant(
    @Arg("name", () => String) name: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped | null> {
    return readVariant(ctx, info, name);
  }

  @Query(() => VariantConnection, { description: "All variants (single and compound), by id." })
  async variants(
    @Args(() => VariantsArgs) args: VariantsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped> {
    const { gene, kind, category } = args;
    const drugs = { resistantTo: nameNeedle(args.resistantTo), sensitiveTo: nameNeedle(args.sensitiveTo) };
    return readConnection(ctx, info, "Variant", args, { gene, kind, category, ...drugs });
  }

  @FieldResolver(() => Gene, { nullable: true })
  async gene(@Root() variant: GraphNode, @Ctx() ctx: Context): Promise<GraphNode | null> {
    return (await relatedNodes(ctx, EDGES.variantGene, variant.id, 1))[0] ?? null;
  }

  @FieldResolver(() => [Variant], { description: "For a compound mutation: its single variants." })
  async components(
    @Root() variant: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.compoundComponents, variant.id, first);
  }

  @FieldResolver(() => [Variant], { description: "Compound mutations that contain this variant." })
  async compounds(
    @Root() variant: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.variantCompounds, variant.id, first);
  }

  @FieldResolver(() => [ActivityClaim], { description: "How each drug fares against this variant, with evidence." })
  async drugActivity(
    @Root() variant: GraphNode,
    @Args(() => ActivityArgs) { first, activity, level }: ActivityArgs,
    @Ctx() ctx: Context,
  ): Promise<ActivityClaim[]> {
    const edges = await related(ctx, EDGES.variantActivity, variant.id, first, { activity, level });
    return edges.map((e) => activityClaim(e.node, variant, e.rel));
  }

  @FieldResolver(() => [ResistanceMechanism], { description: "Mechanisms this alteration is an instance of." })
  async mechanisms(
    @Root() variant: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.variantMechanisms, variant.id, first);
  }

  @FieldResolver(() => [OvercomesClaim], { description: "Drugs and combinations reported to overcome this variant." })
  async overcomeBy(
    @Root() variant: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<OvercomesClaim[]> {
    const edges = await both(
      related(ctx, EDGES.variantOvercomeByDrugs, variant.id, first),
      related(ctx, EDGES.variantOvercomeByRegimens, variant.id, first),
    );
    return edges.map((e) => overcomesClaim(e.node, variant, e.rel));
  }

  @FieldResolver(() => [ClinicalTrial], { description: "Trials that target this variant." })
  async trials(
    @Root() variant: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.variantTrials, variant.id, first);
  }
}
