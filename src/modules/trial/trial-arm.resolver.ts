import { FieldResolver, Resolver, Root } from "type-graphql";
import { Drug } from "../drug/drug.type.js";
import type { GraphNode } from "../shared/graph-node.js";
import { TrialArm } from "./trial.type.js";

/** An arm's drugs arrive with it from TrialResolver.arms (already loaded; no query here). */
@Resolver(() => TrialArm)
export class TrialArmResolver {
  @FieldResolver(() => [Drug])
  drugs(@Root() arm: { drugs: GraphNode[] }): GraphNode[] {
    return arm.drugs;
  }
}
