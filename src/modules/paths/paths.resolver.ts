import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import type { RelType } from "../../graph/model.js";
import { GraphPath, NodeRef, RelTypeEnum, Subgraph } from "./paths.type.js";
import * as service from "./paths.service.js";
import { asksAny } from "../shared/asks.js";

const ENTITY = new Set(["entity"]);
const CLAIM = new Set(["evidence", "activity", "ic50nM"]);

/** Full node properties only for `entity`, relationship properties only for a claim's evidence, activity or IC50. */
const detailOf = (info: GraphQLResolveInfo): service.PathDetail => ({
  entities: asksAny(info, ENTITY),
  claims: asksAny(info, CLAIM),
});

/** Thin: argument checks and the bounded Cypher templates are in paths.service.ts and paths.repository.ts. */
@Resolver()
export class PathsResolver {
  @Query(() => GraphPath, {
    nullable: true,
    description: `A shortest path between two nodes (null when none within maxHops, at most ${service.SHORTEST_MAX_HOPS}), optionally only along the relationship types in via.`,
  })
  shortestPath(
    @Arg("from", () => NodeRef) from: NodeRef,
    @Arg("to", () => NodeRef) to: NodeRef,
    @Arg("maxHops", () => Int, { defaultValue: 6 }) maxHops: number,
    @Arg("via", () => [RelTypeEnum], { nullable: true }) via: RelType[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return service.shortestPath(ctx, from, to, maxHops, via, detailOf(info));
  }

  @Query(() => [GraphPath], {
    description: `The shortest few paths between two nodes without repeated nodes, shortest first (maxHops at most ${service.PATHS_MAX_HOPS}, first at most ${service.PATHS_FIRST_MAX}).`,
  })
  paths(
    @Arg("from", () => NodeRef) from: NodeRef,
    @Arg("to", () => NodeRef) to: NodeRef,
    @Arg("maxHops", () => Int, { defaultValue: 3 }) maxHops: number,
    @Arg("first", () => Int, { defaultValue: 5 }) first: number,
    @Arg("via", () => [RelTypeEnum], { nullable: true }) via: RelType[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return service.paths(ctx, from, to, maxHops, first, via, detailOf(info));
  }

  @Query(() => Subgraph, {
    description: `The subgraph around any entity: nodes within depth hops (1 to ${service.DEPTH_MAX}; nearest first, then by id, at most first of them) and the relationships among them. Each node is followed to at most fanOut neighbours (smallest ids first), so a hub costs the same as any node.`,
  })
  neighborhood(
    @Arg("id", () => ID) id: string,
    @Arg("depth", () => Int, { defaultValue: 1 }) depth: number,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
    @Arg("fanOut", () => Int, {
      defaultValue: service.FAN_OUT_DEFAULT,
      description: `Neighbours followed from each node, smallest ids first (1 to ${service.FAN_OUT_MAX}).`,
    })
    fanOut: number,
  ) {
    return service.neighborhood(ctx, id, depth, first, fanOut);
  }
}
