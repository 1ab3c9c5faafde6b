import { ArgsType, Field, Int } from "type-graphql";
import type { Context } from "../../context.js";
import { BadInputError } from "../../errors/errors.js";
import type { EdgeSpec, LoadedEdge } from "./loaders.js";

export const EDGE_LIMIT_DEFAULT = 100;
export const EDGE_LIMIT_MAX = 500;

@ArgsType()
export class EdgeArgs {
  @Field(() => Int, {
    defaultValue: EDGE_LIMIT_DEFAULT,
    description: `At most this many edges (max ${EDGE_LIMIT_MAX}).`,
  })
  first: number = EDGE_LIMIT_DEFAULT;
}

export function checkFirst(first: number, max: number, argument = "first"): number {
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new BadInputError(`${argument} must be between 0 and ${max}, got ${first}`, { argument, max });
  }
  return first;
}

/** The edges of one relationship field for one parent, batched with its siblings by the request's loaders. */
export function related(
  ctx: Context,
  spec: EdgeSpec,
  id: string,
  first: number,
  filter: { activity?: string[] | null; level?: string | null } = {},
): Promise<LoadedEdge[]> {
  const options = {
    limit: checkFirst(first, EDGE_LIMIT_MAX),
    activity: filter.activity ?? null,
    level: filter.level ?? null,
  };
  return ctx.loaders.edges(spec, options).load(id);
}

/** Just the nodes at the other end. */
export async function relatedNodes(ctx: Context, spec: EdgeSpec, id: string, first: number) {
  return (await related(ctx, spec, id, first)).map((edge) => edge.node);
}

/** Two edges to the same node (e.g. a trial giving a drug in two arms) list that node once. */
export function uniqueById<T extends { id: string }>(nodes: T[]): T[] {
  const seen = new Set<string>();
  return nodes.filter((node) => {
    if (seen.has(node.id)) return false;
    seen.add(node.id);
    return true;
  });
}
