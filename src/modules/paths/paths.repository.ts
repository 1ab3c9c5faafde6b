import type { Context } from "../../context.js";
import { cypher, cypherTemplate } from "../../db/cypher.js";
import type { RelType } from "../../graph/model.js";
import { evidenceOf } from "../shared/evidence.type.js";
import { toGraphNode, type GraphNode } from "../shared/loaders.js";
import { typeNameOf } from "../shared/unions.js";

type Raw = Record<string, unknown>;
export interface RefQuery {
  ref: string;
  id: string | null;
  label: string | null;
  keys: string[];
  /** "|key|" per key, for the TEXT index on keysText. */
  needles: string[];
}

export function elementNode(node: GraphNode) {
  const name = node.fullName ?? node.name ?? node.title ?? node.id;
  return { id: node.id, kind: typeNameOf(node), name: String(name), entity: node };
}

export function elementEdge(rel: Raw) {
  const props = rel.props as Raw;
  const evidence = typeof props.evidenceLevel === "string" ? evidenceOf(props) : null;
  const activity = (props.activity as string | undefined) ?? (rel.type === "SENSITIVE_TO" ? "SENSITIVE" : null);
  const ic50nM = typeof props.ic50nM === "number" ? props.ic50nM : null;
  return { type: rel.type as string, from: rel.from as string, to: rel.to as string, evidence, activity, ic50nM };
}

/** A path row of paths/shortest or paths/all, as the GraphQL GraphPath. */
function toPath(row: { nodes: { node: Raw; labels: string[] }[]; rels: Raw[] }) {
  const nodes = row.nodes.map((n) => toGraphNode(n.node, n.labels));
  const relationships = row.rels.map((rel, i) => ({
    ...elementEdge(rel),
    direction: rel.from === nodes[i]!.id ? "FORWARD" : "BACKWARD",
  }));
  return { length: relationships.length, nodes: nodes.map(elementNode), relationships };
}

export type PathRow = ReturnType<typeof toPath>;

/** What a path read answers: which refs matched, the ids they matched, and the paths between them. */
export interface PathsBetween {
  found: Set<string>;
  fromId: string | null;
  toId: string | null;
  paths: PathRow[];
}

/** What a path read returns beyond ids and names: nodes' properties (`entity`), relationships' (evidence…). */
export type PathDetail = {
  entities: boolean;
  claims: boolean;
};

/**
 * Paths between two refs, the refs resolved in the same statement (one round trip). Two ids take the `-by-id` form
 * of the statement (two seeks where the ref resolution costs Neo4j about a quarter of a shortest path). The
 * template's variable-length bound is the validated `maxHops`, never client text.
 */
export async function readPaths(
  ctx: Context,
  name: "shortest" | "all",
  slots: { types: readonly RelType[]; maxHops: number },
  { refs, ...params }: { refs: RefQuery[]; limit?: number; maxHops?: number } & PathDetail,
): Promise<PathsBetween> {
  const ids = idsOf(refs);
  const [row] = ids
    ? await ctx.executor.read(cypherTemplate(`queries/paths/${name}-by-id`, slots), { ...params, ...ids })
    : await ctx.executor.read(cypherTemplate(`queries/paths/${name}`, slots), { ...params, refs });
  const found = new Set((row?.found as string[] | undefined) ?? []);
  const fromId = (row?.fromId as string | null | undefined) ?? null;
  const toId = (row?.toId as string | null | undefined) ?? null;
  const paths = (row?.paths as Parameters<typeof toPath>[0][] | undefined) ?? [];
  return { found, fromId, toId, paths: paths.map(toPath) };
}

/** { fromId, toId } when both refs are ids, else null (a name needs the ref resolution). */
function idsOf(refs: RefQuery[]): { fromId: string; toId: string } | null {
  const [from, to] = refs;
  return from?.ref === "from" && from.id && to?.ref === "to" && to.id ? { fromId: from.id, toId: to.id } : null;
}

export interface NeighborhoodParams {
  id: string;
  depth: number;
  limit: number;
  fanOut: number;
  edgeLimit: number;
}

export async function readNeighborhood(ctx: Context, params: NeighborhoodParams) {
  const [row] = await ctx.executor.read(cypher("queries/paths/neighborhood"), { ...params });
  if (!row || (row.nodes as unknown[]).length === 0) return null;
  const nodes = (row.nodes as { node: Raw; labels: string[]; distance: number }[]).map((n) => ({
    ...elementNode(toGraphNode(n.node, n.labels)),
    distance: n.distance,
  }));
  return { nodes, edges: (row.edges as Raw[]).map(elementEdge) };
}
