import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import type { Context } from "../../context.js";
import type { Shaped } from "../../translate/result.js";
import { cypher } from "../../db/cypher.js";
import { CategoryCount } from "../mechanism/category-count.type.js";
import { ActivityClaim, MechanismResistanceClaim, OvercomesClaim, TargetClaim } from "../claims/claims.type.js";
import {
  activityClaim,
  both,
  EDGES,
  mechanismResistanceClaim,
  overcomesClaim,
  targetClaim,
} from "../claims/claim-edges.js";
import { Connection } from "../shared/connection.js";
import { EdgeArgs, related, relatedNodes, uniqueById } from "../shared/edges.js";
import type { GraphNode } from "../shared/graph-node.js";
import { readConnection } from "../shared/node.repository.js";
import { readDrug } from "./drug.repository.js";
import { Regimen } from "../regimen/regimen.type.js";
import { ClinicalTrial } from "../trial/trial.type.js";
import { ActivityArgs, DrugsArgs } from "./drug.args.js";
import { Drug } from "./drug.type.js";

const DrugConnection = Connection(Drug, "Drug");

@Resolver(() => Drug)
export class DrugResolver {
  @Query(() => Drug, { nullable: true, description: "A drug by name, synonym or research code (case-insensitive)." })
  async drug(
    @Arg("name", () => String) name: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped | null> {
    return readDrug(ctx, info, name);
  }

  @Query(() => DrugConnection, { description: "All drugs, by id, with optional filters." })
  async drugs(
    @Args(() => DrugsArgs) args: DrugsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped> {
    const { generation, drugClass, approvalStatus } = args;
    return readConnection(ctx, info, "Drug", args, { generation, drugClass, approvalStatus });
  }

  @FieldResolver(() => [TargetClaim])
  async targets(
    @Root() drug: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<TargetClaim[]> {
    const edges = await related(ctx, EDGES.drugTargets, drug.id, first);
    return edges.map((e) => targetClaim(drug, e.node, e.rel));
  }

  @FieldResolver(() => [ActivityClaim], { description: "Activity of this drug against variants, with evidence." })
  async variantActivity(
    @Root() drug: GraphNode,
    @Args(() => ActivityArgs) { first, activity, level }: ActivityArgs,
    @Ctx() ctx: Context,
  ): Promise<ActivityClaim[]> {
    const edges = await related(ctx, EDGES.drugActivity, drug.id, first, { activity, level });
    return edges.map((e) => activityClaim(drug, e.node, e.rel));
  }

  @FieldResolver(() => [MechanismResistanceClaim], { description: "Mechanisms observed at resistance to this drug." })
  async resistanceMechanisms(
    @Root() drug: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<MechanismResistanceClaim[]> {
    const edges = await related(ctx, EDGES.drugMechanisms, drug.id, first);
    return edges.map((e) => mechanismResistanceClaim(e.node, drug, e.rel));
  }

  @FieldResolver(() => [OvercomesClaim], {
    description: "Mechanisms and variants this drug, alone, is reported to overcome.",
  })
  async overcomes(
    @Root() drug: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<OvercomesClaim[]> {
    const edges = await both(
      related(ctx, EDGES.drugOvercomes, drug.id, first),
      related(ctx, EDGES.drugOvercomesVariants, drug.id, first),
    );
    return edges.map((e) => overcomesClaim(drug, e.node, e.rel));
  }

  @FieldResolver(() => [CategoryCount], {
    description:
      "How many resistance mechanisms this drug meets, per category (observed at resistance to it, or mediated by variants resistant to it).",
  })
  async mechanismCategoryCounts(@Root() drug: GraphNode, @Ctx() ctx: Context): Promise<CategoryCount[]> {
    return ctx.loaders.value(cypher("queries/counts/drug-mechanism-categories"), []).load(drug.id);
  }

  @FieldResolver(() => [Regimen], { description: "Combinations that include this drug." })
  async regimens(
    @Root() drug: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.drugRegimens, drug.id, first);
  }

  @FieldResolver(() => [ClinicalTrial], { description: "Trials with an arm that gives this drug." })
  async trials(
    @Root() drug: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return uniqueById(await relatedNodes(ctx, EDGES.drugTrials, drug.id, first));
  }
}
