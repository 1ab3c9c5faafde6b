import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import type { Context } from "../../context.js";
import { cypher } from "../../db/cypher.js";
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
import { MechanismsArgs } from "./mechanism.args.js";
import { CategoryCount } from "./category-count.type.js";
import { Detection, ResistanceMechanism } from "./mechanism.type.js";

const MechanismConnection = Connection(ResistanceMechanism, "ResistanceMechanism");

@Resolver(() => ResistanceMechanism)
export class MechanismResolver {
  @Query(() => ResistanceMechanism, {
    nullable: true,
    description: 'A mechanism by name or id, e.g. "MET amplification".',
  })
  mechanism(@Arg("name", () => String) name: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readByName(ctx, info, "ResistanceMechanism", [nameKey(name)]);
  }

  @Query(() => MechanismConnection)
  mechanisms(@Args(() => MechanismsArgs) args: MechanismsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readConnection(ctx, info, "ResistanceMechanism", args, { category: args.category });
  }

  @Query(() => [CategoryCount], { description: "How many resistance mechanisms the graph holds, per category." })
  async mechanismCategoryCounts(@Ctx() ctx: Context) {
    return ctx.executor.read(cypher("queries/counts/mechanism-categories"));
  }

  @FieldResolver(() => Detection)
  detection(@Root() mechanism: GraphNode): Detection {
    return {
      methods: mechanism.detectionMethods as Detection["methods"],
      plasmaDetectable: mechanism.plasmaDetectable as Detection["plasmaDetectable"],
      note: (mechanism.detectionNote as string | null) ?? null,
      sources: (mechanism.detectionSources as string[] | null) ?? [],
    };
  }

  @FieldResolver(() => [MechanismResistanceClaim], {
    description: "Drugs at whose resistance this mechanism was observed.",
  })
  async drugs(@Root() mechanism: GraphNode, @Args(() => EdgeArgs) { first }: EdgeArgs, @Ctx() ctx: Context) {
    const edges = await related(ctx, EDGES.mechanismDrugs, mechanism.id, first);
    return edges.map((e) => mechanismResistanceClaim(mechanism, e.node, e.rel));
  }

  @FieldResolver(() => [OvercomesClaim], { description: "Drugs and combinations reported to overcome it." })
  async overcomeBy(@Root() mechanism: GraphNode, @Args(() => EdgeArgs) { first }: EdgeArgs, @Ctx() ctx: Context) {
    const edges = await both(
      related(ctx, EDGES.mechanismOvercomeByDrugs, mechanism.id, first),
      related(ctx, EDGES.mechanismOvercomeByRegimens, mechanism.id, first),
    );
    return edges.map((e) => overcomesClaim(e.node, mechanism, e.rel));
  }

  @FieldResolver(() => [Gene])
  genes(@Root() mechanism: GraphNode, @Args(() => EdgeArgs) { first }: EdgeArgs, @Ctx() ctx: Context) {
    return relatedNodes(ctx, EDGES.mechanismGenes, mechanism.id, first);
  }

  @FieldResolver(() => [Pathway])
  pathways(@Root() mechanism: GraphNode, @Args(() => EdgeArgs) { first }: EdgeArgs, @Ctx() ctx: Context) {
    return relatedNodes(ctx, EDGES.mechanismPathways, mechanism.id, first);
  }

  @FieldResolver(() => [Variant])
  variants(@Root() mechanism: GraphNode, @Args(() => EdgeArgs) { first }: EdgeArgs, @Ctx() ctx: Context) {
    return relatedNodes(ctx, EDGES.mechanismVariants, mechanism.id, first);
  }

  @FieldResolver(() => [ClinicalTrial], { description: "Trials testing a way to overcome it." })
  trials(@Root() mechanism: GraphNode, @Args(() => EdgeArgs) { first }: EdgeArgs, @Ctx() ctx: Context) {
    return relatedNodes(ctx, EDGES.mechanismTrials, mechanism.id, first);
  }
}
