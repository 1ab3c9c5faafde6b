import type { ClassType } from "type-graphql";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { BadInputError } from "../../errors/errors.js";

export const PAGE_DEFAULT = 20;
export const PAGE_MAX = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: PAGE_DEFAULT, description: `Page size, 0 to ${PAGE_MAX}.` })
  first: number = PAGE_DEFAULT;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;
}

@ObjectType()
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
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
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

// Cursors are opaque to clients: base64url of the last node's id (keyset pagination, stable under inserts).
export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith("id:") || encodeCursor(text.slice(3)) !== cursor) {
    throw new BadInputError("after is not a cursor returned by this API", { argument: "after" });
  }
  return text.slice(3);
}

export function checkPage(args: PageArgs): { limit: number; after: string | null } {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > PAGE_MAX) {
    throw new BadInputError(`first must be between 0 and ${PAGE_MAX}, got ${args.first}`, {
      argument: "first",
      max: PAGE_MAX,
    });
  }
  return { limit: args.first, after: args.after ? decodeCursor(args.after) : null };
}
