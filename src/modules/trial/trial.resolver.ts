import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import type { Context } from "../../context.js";
import type { Shaped } from "../../translate/result.js";
import { BadInputError, excerpt } from "../../errors/errors.js";
import { EDGES } from "../claims/claim-edges.js";
import { Drug } from "../drug/drug.type.js";
import { ResistanceMechanism } from "../mechanism/mechanism.type.js";
import { Outcome } from "../outcome/outcome.type.js";
import { Publication } from "../publication/publication.type.js";
import { Connection } from "../shared/connection.js";
import { EdgeArgs, related, relatedNodes, uniqueById } from "../shared/edges.js";
import type { GraphNode } from "../shared/graph-node.js";
import { nameNeedle, readById, readConnection } from "../shared/node.repository.js";
import { Variant } from "../variant/variant.type.js";
import { outcomeNode } from "../outcome/outcome.node.js";
import { trialUrl } from "../../translate/computed.js";
import { TrialsArgs } from "./trial.args.js";
import { ClinicalTrial, TrialArm } from "./trial.type.js";

const TrialConnection = Connection(ClinicalTrial, "ClinicalTrial");
const NCT_ID = /^NCT\d{8}$/;

@Resolver(() => ClinicalTrial)
export class TrialResolver {
  @Query(() => ClinicalTrial, {
    nullable: true,
    description: "A trial by its ClinicalTrials.gov id, e.g. NCT03052608.",
  })
  async trial(
    @Arg("nctId", () => String) nctId: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped | null> {
    const id = nctId.trim().toUpperCase();
    if (!NCT_ID.test(id))
      throw new BadInputError(`nctId must look like NCT followed by 8 digits, got "${excerpt(nctId)}"`);
    return readById(ctx, info, "ClinicalTrial", id);
  }

  @Query(() => TrialConnection)
  async trials(
    @Args(() => TrialsArgs) args: TrialsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped> {
    const { phase, status } = args;
    return readConnection(ctx, info, "ClinicalTrial", args, {
      phase,
      status,
      drug: nameNeedle(args.drug),
      mechanism: nameNeedle(args.mechanism),
    });
  }

  @FieldResolver(() => String, { description: "The trial's ClinicalTrials.gov page." })
  url(@Root() trial: GraphNode): string {
    return trialUrl(trial);
  }

  @FieldResolver(() => [Drug], { description: "Every drug given in any arm." })
  async drugs(
    @Root() trial: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return uniqueById(await relatedNodes(ctx, EDGES.trialDrugs, trial.id, first));
  }

  @FieldResolver(() => [TrialArm])
  async arms(@Root() trial: GraphNode, @Ctx() ctx: Context) {
    const edges = await related(ctx, EDGES.trialDrugs, trial.id, 500);
    const labels = (trial.armLabels as string[] | undefined) ?? [];
    return labels.map((label, index) => ({
      trialId: trial.id,
      label,
      drugs: edges.filter((e) => e.rel.armIndex === index).map((e) => e.node),
    }));
  }

  @FieldResolver(() => [ResistanceMechanism], { description: "Mechanisms the trial tests a way to overcome." })
  async mechanisms(
    @Root() trial: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.trialMechanisms, trial.id, first);
  }

  @FieldResolver(() => [Variant], { description: "Variants the trial targets." })
  async variants(
    @Root() trial: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.trialVariants, trial.id, first);
  }

  @FieldResolver(() => [Outcome], { description: "Outcomes it reported (response rate, PFS), per arm and subgroup." })
  async outcomes(
    @Root() trial: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return (await relatedNodes(ctx, EDGES.trialOutcomes, trial.id, first)).map(outcomeNode);
  }

  @FieldResolver(() => [Publication], { description: "Papers reporting its results." })
  async publications(
    @Root() trial: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.trialPublications, trial.id, first);
  }
}
