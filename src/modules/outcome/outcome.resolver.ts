import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Evidence, evidenceOf } from "../shared/evidence.type.js";
import type { GraphNode } from "../shared/graph-node.js";
import { Therapy } from "../shared/unions.js";
import { ClinicalTrial } from "../trial/trial.type.js";
import { Outcome, TestingAdvice } from "./outcome.type.js";

/** An outcome's therapy and trial come through the request's node loaders (one round trip per list level). */
@Resolver(() => Outcome)
export class OutcomeResolver {
  @FieldResolver(() => Therapy, { description: "The drug or combination the outcome is for." })
  async therapy(@Root() outcome: GraphNode, @Ctx() ctx: Context): Promise<GraphNode | null> {
    const id = outcome.therapyId as string;
    return ctx.loaders.node(outcome.therapyKind === "Regimen" ? "Regimen" : "Drug").load(id);
  }

  @FieldResolver(() => ClinicalTrial, { nullable: true, description: "The trial that reported it." })
  async trial(@Root() outcome: GraphNode, @Ctx() ctx: Context): Promise<GraphNode | null> {
    const id = outcome.trialId as string | null | undefined;
    return id ? ctx.loaders.node("ClinicalTrial").load(id) : null;
  }

  @FieldResolver(() => Evidence, { description: "Its sources as evidence (clinical), with the papers and trials." })
  evidence(@Root() outcome: GraphNode): Evidence {
    return evidenceOf(outcome);
  }

  @FieldResolver(() => Boolean)
  pfsNotReached(@Root() outcome: GraphNode): boolean {
    return outcome.pfsNotReached === true;
  }
}

@Resolver(() => TestingAdvice)
export class TestingAdviceResolver {
  @FieldResolver(() => Evidence, { description: "Its sources as evidence, with the papers." })
  evidence(@Root() advice: GraphNode): Evidence {
    return evidenceOf(advice);
  }
}
