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

/** The nodes the refs name, in one round trip: ref -> node (absent when nothing matched). */
export async function resolveRefs(ctx: Context, refs: RefQuery[]): Promise<Map<string, GraphNode>> {
  const rows = await ctx.executor.read(cypher("queries/paths/resolve-refs"), { refs });
  return new Map(rows.map((r) => [r.ref as string, toGraphNode(r.node as Raw, r.labels as string[])]));
}

/** Rows of paths: the template's variable-length bound is the validated `maxHops`, never client text. */
export async function readPaths(
  ctx: Context,
  name: "shortest" | "all",
  slots: { types: readonly RelType[]; maxHops: number },
  params: { from: string; to: string; limit?: number; maxHops?: number },
) {
  const rows = await ctx.executor.read(cypherTemplate(`queries/paths/${name}`, slots), params);
  return rows.map((row) => {
    const nodes = (row.nodes as { node: Raw; labels: string[] }[]).map((n) => toGraphNode(n.node, n.labels));
    const relationships = (row.rels as Raw[]).map((rel, i) => ({
      ...elementEdge(rel),
      direction: rel.from === nodes[i]!.id ? "FORWARD" : "BACKWARD",
    }));
    return { length: relationships.length, nodes: nodes.map(elementNode), relationships };
  });
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
