import type { Context } from "../../context.js";
import { BadInputError, excerpt } from "../../errors/errors.js";
import { RELATIONSHIPS, type RelType } from "../../graph/model.js";
import { keyNeedles, nameKey, variantQueryKeys } from "../../graph/normalize.js";
import { checkFirst } from "../shared/edges.js";
import type { NodeRef } from "./paths.type.js";
import {
  readNeighborhood,
  readPaths,
  type PathDetail,
  type PathRow,
  type PathsBetween,
  type RefQuery,
} from "./paths.repository.js";

export type { PathDetail };

export const SHORTEST_MAX_HOPS = 8;
export const PATHS_MAX_HOPS = 4;
export const DEPTH_MAX = 3;
export const PATHS_FIRST_MAX = 20;
export const NEIGHBORHOOD_FIRST_MAX = 200;
/** Neighbours followed from each node, smallest ids first (the curated graph's largest degree is under 100). */
export const FAN_OUT_DEFAULT = 100;
export const FAN_OUT_MAX = 500;
const NEIGHBORHOOD_EDGE_LIMIT = 1000;
const ALL_TYPES = RELATIONSHIPS.map((r) => r.type) as RelType[];

export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(`${argument} must be between ${min} and ${max}, got ${value}`, { argument, max });
  }
  return value;
}

/** A ref is an id, or a name with its kind; checked before any database call. */
export function refQuery(ref: NodeRef, argument: string): RefQuery {
  const id = ref.id?.trim() || null;
  const name = ref.name?.trim() || null;
  if (id && !name && !ref.kind) return { ref: argument, id, label: null, keys: [], needles: [] };
  if (!id && name && ref.kind) {
    const keys = ref.kind === "Variant" ? variantQueryKeys(name) : [nameKey(name)];
    return { ref: argument, id: null, label: ref.kind, keys, needles: keyNeedles(keys) };
  }
  throw new BadInputError(`${argument} takes either { id } or { name, kind }`, { argument });
}

/** The refs' checks after the read: a ref that matched nothing, or both naming the same node, is the client's error. */
function checkEnds(refs: RefQuery[], between: PathsBetween): PathRow[] {
  const missing = refs.filter((r) => !between.found.has(r.ref));
  if (missing.length > 0) {
    const what = missing.map(
      (r) => `${r.ref} (${r.id ? `id "${excerpt(r.id)}"` : `${r.label} named like "${excerpt(r.keys[0] ?? "")}"`})`,
    );
    throw new BadInputError(`no such node: ${what.join(", ")}`, { argument: missing.map((r) => r.ref) });
  }
  if (between.fromId === between.toId) throw new BadInputError("from and to are the same node", { argument: "to" });
  return between.paths;
}

export async function shortestPath(
  ctx: Context,
  from: NodeRef,
  to: NodeRef,
  maxHops: number,
  via: RelType[] | null,
  detail: PathDetail,
) {
  const hops = checkRange("maxHops", maxHops, 1, SHORTEST_MAX_HOPS);
  const types = via && via.length > 0 ? via : ALL_TYPES;
  const refs = [refQuery(from, "from"), refQuery(to, "to")];
  const [path] = checkEnds(refs, await readPaths(ctx, "shortest", { types, maxHops: hops }, { refs, ...detail }));
  return path ?? null;
}

export async function paths(
  ctx: Context,
  from: NodeRef,
  to: NodeRef,
  maxHops: number,
  first: number,
  via: RelType[] | null,
  detail: PathDetail,
) {
  const hops = checkRange("maxHops", maxHops, 1, PATHS_MAX_HOPS);
  const limit = checkFirst(first, PATHS_FIRST_MAX);
  const types = via && via.length > 0 ? via : ALL_TYPES;
  const refs = [refQuery(from, "from"), refQuery(to, "to")];
  return checkEnds(
    refs,
    await readPaths(ctx, "all", { types, maxHops: hops }, { refs, limit, maxHops: hops, ...detail }),
  );
}

export async function neighborhood(ctx: Context, id: string, depth: number, first: number, fanOut = FAN_OUT_DEFAULT) {
  const d = checkRange("depth", depth, 1, DEPTH_MAX);
  const limit = checkFirst(first, NEIGHBORHOOD_FIRST_MAX);
  const perNode = checkRange("fanOut", fanOut, 1, FAN_OUT_MAX);
  if (id.trim() === "") throw new BadInputError("id must not be empty", { argument: "id" });
  const params = { id: id.trim(), depth: d, limit, fanOut: perNode, edgeLimit: NEIGHBORHOOD_EDGE_LIMIT };
  const subgraph = await readNeighborhood(ctx, params);
  if (!subgraph) throw new BadInputError(`no such node: id "${excerpt(id)}"`, { argument: "id" });
  return subgraph;
}
