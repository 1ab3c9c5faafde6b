import { cypherTemplate } from "../../db/cypher.js";
import type { Label } from "../../graph/model.js";
import { keyNeedles, nameKey } from "../../graph/normalize.js";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import { readNode, readPage } from "../../translate/translate-read.js";
import type { Shaped } from "../../translate/result.js";
import { toGraphNode, type GraphNode } from "./loaders.js";
import { checkPage, encodeCursor, SortKey, type ConnectionShape, type PageArgs } from "./connection.js";

/**
 * A root field's node by name keys with everything the query selects below it, in one Cypher round trip (the
 * translator, src/translate/); null when no node matches.
 */
export function readByName(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: Label,
  keys: string[],
): Promise<Shaped | null> {
  return readNode(ctx, info, { label, by: "name", params: { keys, needles: keyNeedles(keys) } });
}

/** A root field's node by id, translated like readByName. */
export function readById(ctx: Context, info: GraphQLResolveInfo, label: Label, id: string): Promise<Shaped | null> {
  return readNode(ctx, info, { label, by: "id", params: { id } });
}

/**
 * A root connection field (`drugs`, `variants`…): one page, the filtered total and every field selected below the
 * nodes, in one round trip. `where` holds exact-match filters whose names come from the resolver's args class.
 */
export function readConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: Label,
  args: PageArgs,
  where: Record<string, unknown> = {},
): Promise<Shaped> {
  const { limit, after } = checkPage(args);
  const sortBy = args.orderBy ?? SortKey.ID;
  const present = Object.fromEntries(
    Object.entries(where).filter(([, value]) => value !== undefined && value !== null),
  );
  const connectionType = info.returnType.toString().replace(/!$/, "") as string;
  return readPage(ctx, info, {
    label,
    connectionType,
    filters: Object.keys(present),
    sortBy,
    limit,
    params: { where: present, after: after ? { value: after.value, id: after.id } : null },
  });
}

/** A node of `label` whose name, synonym or code matches one of the keys; null when none does. */
export async function findByName(ctx: Context, label: Label, keys: string[]): Promise<GraphNode | null> {
  const query = cypherTemplate("queries/lookup/by-name", { label });
  const rows = await ctx.executor.read(query, { keys, needles: keyNeedles(keys) });
  const row = rows[0];
  return row ? toGraphNode(row.node as Record<string, unknown>, row.labels as string[]) : null;
}

/**
 * One page of `label` nodes with the filtered total, in one round trip. `where` holds exact-match filters whose
 * property names come from the resolver's own args class, never from client text.
 */
export async function page(
  ctx: Context,
  label: Label,
  args: PageArgs,
  where: Record<string, unknown> = {},
): Promise<ConnectionShape<GraphNode>> {
  const { limit, after } = checkPage(args);
  const sortBy = args.orderBy ?? SortKey.ID;
  const present = Object.fromEntries(
    Object.entries(where).filter(([, value]) => value !== undefined && value !== null),
  );
  const filters = { filterOn: label, properties: Object.keys(present) };
  const [row] = await ctx.executor.read(cypherTemplate("queries/nodes/page", { label, filters, sortBy: { sortBy } }), {
    where: present,
    after: after ? { value: after.value, id: after.id } : null,
    limit: limit + 1,
  });
  const nodes = ((row?.nodes as Record<string, unknown>[] | undefined) ?? []).map((n) => toGraphNode(n, [label]));
  const pageNodes = nodes.slice(0, limit);
  const last = pageNodes[pageNodes.length - 1];
  return {
    totalCount: Number(row?.total ?? 0),
    edges: pageNodes.map((node) => ({ cursor: cursorOf(node, sortBy), node })),
    pageInfo: { hasNextPage: nodes.length > limit, endCursor: last ? cursorOf(last, sortBy) : null },
  };
}

function cursorOf(node: GraphNode, orderBy: SortKey): string {
  return encodeCursor({ orderBy, value: String(node[orderBy] ?? ""), id: node.id });
}

/** A relationship filter's value: the "|key|" needle of a name, matched against the other end's keysText. */
export function nameNeedle(name: string | null | undefined): string | undefined {
  return name ? keyNeedles([nameKey(name)])[0] : undefined;
}
