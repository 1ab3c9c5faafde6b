import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { EDGES } from "../claims/claim-edges.js";
import { Drug } from "../drug/drug.type.js";
import { Outcome } from "../outcome/outcome.type.js";
import { outcomeNode } from "../outcome/outcome.node.js";
import { related } from "../shared/edges.js";
import type { GraphNode } from "../shared/graph-node.js";
import { TrialArm } from "./trial.type.js";

/** An arm's drugs arrive with it from TrialResolver.arms (already loaded; no query here). */
@Resolver(() => TrialArm)
export class TrialArmResolver {
  @FieldResolver(() => [Drug])
  drugs(@Root() arm: { drugs: GraphNode[] }): GraphNode[] {
    return arm.drugs;
  }

  @FieldResolver(() => [Outcome], { description: "Outcomes the trial reported for this arm (batched per list level)." })
  async outcomes(@Root() arm: { trialId: string; label: string }, @Ctx() ctx: Context): Promise<GraphNode[]> {
    const edges = await related(ctx, EDGES.trialOutcomes, arm.trialId, 500);
    return edges.filter((e) => e.rel.arm === arm.label).map((e) => outcomeNode(e.node));
  }
}
