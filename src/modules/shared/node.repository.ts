import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import type { Label } from "../../graph/model.js";
import { keyNeedles, nameKey } from "../../graph/normalize.js";
import type { Shaped } from "../../translate/result.js";
import { readNode, readPage } from "../../translate/translate-read.js";
import { checkPage, SortKey, type PageArgs } from "./connection.js";

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

/** A relationship filter's value: the "|key|" needle of a name, matched against the other end's keysText. */
export function nameNeedle(name: string | null | undefined): string | undefined {
  return name ? keyNeedles([nameKey(name)])[0] : undefined;
}
