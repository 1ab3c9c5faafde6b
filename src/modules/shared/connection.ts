import type { ClassType } from "type-graphql";
import { ArgsType, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BadInputError } from "../../errors/errors.js";
import { CURSOR_MAX, MaxChars } from "./string-limits.js";

/** What a list is sorted by; the id breaks ties, so every order is total and keyset pagination stays exact. */
export enum SortKey {
  ID = "id",
  NAME = "name",
}
registerEnumType(SortKey, { name: "SortKey", description: "Sort order of a list (ascending; ties broken by id)." });

export const PAGE_DEFAULT = 20;
export const PAGE_MAX = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: PAGE_DEFAULT, description: `Page size, 0 to ${PAGE_MAX}.` })
  first: number = PAGE_DEFAULT;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  @MaxChars(CURSOR_MAX)
  after?: string | null;

  @Field(() => SortKey, { defaultValue: SortKey.ID })
  orderBy: SortKey = SortKey.ID;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** A Relay connection type for one node type (type-graphql's generic-type pattern: a class factory). */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => Int, { description: "All matching nodes, not just this page." })
    totalCount!: number;

    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

// Cursors are opaque to clients: base64url of the last node's sort value and id (keyset pagination, stable
// under inserts). A cursor only continues the order it came from.
export interface Cursor {
  orderBy: SortKey;
  value: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(["c1", cursor.orderBy, cursor.value, cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(text: string, orderBy: SortKey): Cursor {
  const parts = parseCursor(text);
  if (!parts) throw new BadInputError("after is not a cursor returned by this API", { argument: "after" });
  if (parts[1] !== orderBy) {
    throw new BadInputError(`after is a cursor of a list sorted by ${parts[1]}, not ${orderBy}`, { argument: "after" });
  }
  return { orderBy, value: parts[2]!, id: parts[3]! };
}

function parseCursor(text: string): string[] | null {
  try {
    const parts: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    const valid = Array.isArray(parts) && parts.length === 4 && parts.every((p) => typeof p === "string");
    return valid && parts[0] === "c1" ? (parts as string[]) : null;
  } catch {
    return null;
  }
}

export function checkPage(args: Pick<PageArgs, "first" | "after"> & { orderBy?: SortKey }): {
  limit: number;
  after: Cursor | null;
} {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > PAGE_MAX) {
    throw new BadInputError(`first must be between 0 and ${PAGE_MAX}, got ${args.first}`, {
      argument: "first",
      max: PAGE_MAX,
    });
  }
  const orderBy = args.orderBy ?? SortKey.ID;
  return { limit: args.first, after: args.after ? decodeCursor(args.after, orderBy) : null };
}
