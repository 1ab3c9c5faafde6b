import type Cypher from "@neo4j/cypher-builder";
import { getNamedType, isAbstractType, type GraphQLResolveInfo, type OperationDefinitionNode } from "graphql";
import type { Context } from "../context.js";
import type { Label } from "../graph/model.js";
import type { SortKey } from "../modules/shared/connection.js";
import { CypherCompiler, type Binding } from "./cypher.js";
import type { HubHints } from "./hub-hints.js";
import { Planner, type ConnectionPlan, type NodePlan, type SearchPlan } from "./plan.js";
import { NODE_TYPES } from "./relationship-map.js";
import { shapeConnection, shapeNode, shapeSearchHit, type Shaped } from "./result.js";
import type { SelectionScope } from "./selection.js";

/** One root field compiled: its Cypher text, how to compute its parameters, and how to shape its row. */
export interface Compiled<P> {
  name: string;
  cypher: string;
  bindings: Map<string, Binding>;
  plan: P;
}

/** How often a compiled statement was reused (tests read it; not a metric). */
export const translationStats = { compiled: 0, reused: 0 };

// Per operation (same parsed document → same OperationDefinitionNode, Apollo keeps parsed documents), then per
// root path, root text key, variable shape and hub hints. A WeakMap: documents evicted by Apollo take their entries
// along.
const cache = new WeakMap<OperationDefinitionNode, Map<string, Compiled<unknown>>>();

/**
 * The shape of the variables: whether each is null, and the value of booleans (they decide @skip / @include).
 * Whether a filter argument is null changes the statement text; any other value travels as a parameter.
 */
export function variableShape(variables: Record<string, unknown>): string {
  return Object.keys(variables)
    .sort()
    .map((name) => {
      const value = variables[name];
      if (value === null || value === undefined) return `${name}:n`;
      if (typeof value === "boolean") return `${name}:${value}`;
      return `${name}:v`;
    })
    .join(",");
}

function scopeOf(info: GraphQLResolveInfo): SelectionScope {
  return { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
}

/** Compiles on the first request of a shape, then reuses the statement: only parameter values change. */
export function compiled<P>(
  info: GraphQLResolveInfo,
  hints: HubHints,
  textKey: string,
  compile: (planner: Planner, compiler: CypherCompiler) => { plan: P; clause: Cypher.Clause },
): Compiled<P> {
  let byShape = cache.get(info.operation);
  if (!byShape) {
    byShape = new Map();
    cache.set(info.operation, byShape);
  }
  const key = `${info.path.key}|${textKey}|${variableShape(info.variableValues)}|${hints.key}`;
  const hit = byShape.get(key) as Compiled<P> | undefined;
  if (hit) {
    translationStats.reused += 1;
    return hit;
  }
  const compiler = new CypherCompiler(info.variableValues, hints);
  const { plan, clause } = compile(new Planner(scopeOf(info)), compiler);
  const { cypher } = clause.build({ cypherVersion: "5" });
  const entry: Compiled<P> = { name: `translate/${info.fieldName}`, cypher, bindings: compiler.bindings, plan };
  byShape.set(key, entry as Compiled<unknown>);
  translationStats.compiled += 1;
  return entry;
}

/** The parameters of one request: nested arguments from the variables, the root's values as given. */
export function paramsOf(entry: Compiled<unknown>, info: GraphQLResolveInfo, root: Record<string, unknown>) {
  const params: Record<string, unknown> = {};
  for (const [name, binding] of entry.bindings) params[name] = binding(info.variableValues, root);
  return params;
}

/**
 * Holds the answer to the request's row bound: the root and every object in a list below it count (what each list
 * level's query would have returned). Counted on the shaped tree, as a list of the statement may hold bare values.
 */
function counted<T extends object | null>(ctx: Context, tree: T): T {
  ctx.executor.countRows(tree ? [tree] : [], true);
  return tree;
}

export interface NodeRoot {
  label: Label;
  /** by name keys ({ keys, needles }) or by id ({ id }). */
  by: "name" | "id";
  params: Record<string, unknown>;
}

/** A root field returning one node (or null), with everything below it, in one round trip. */
export async function readNode(ctx: Context, info: GraphQLResolveInfo, root: NodeRoot): Promise<Shaped | null> {
  const entry = compiled<NodePlan>(info, ctx.hints, `${root.by}:${root.label}`, (planner, compiler) => {
    const plan = planner.node(root.label, info.fieldNodes, { labels: isAbstractType(getNamedType(info.returnType)) });
    const clause = root.by === "name" ? compiler.byName(root.label, plan) : compiler.byId(root.label, plan);
    return { plan, clause };
  });
  const rows = await ctx.executor.read({ name: entry.name, text: entry.cypher }, paramsOf(entry, info, root.params), {
    countRows: false,
  });
  const row = rows[0];
  return counted(ctx, row ? shapeNode(entry.plan, row.node as Record<string, unknown>) : null);
}

export interface PageRoot {
  label: Label;
  connectionType: string;
  /** Names of the filters present (their values are in `where`). */
  filters: string[];
  sortBy: SortKey;
  limit: number;
  params: { where: Record<string, unknown>; after: { value: string; id: string } | null };
}

/** A connection root field (totalCount, pageInfo, edges and everything below the nodes) in one round trip. */
export async function readPage(ctx: Context, info: GraphQLResolveInfo, root: PageRoot): Promise<Shaped> {
  const cursor = root.params.after !== null;
  const textKey = `page:${root.label}:${root.sortBy}:${root.filters.join(",")}:${cursor ? "after" : "first"}`;
  const entry = compiled<ConnectionPlan>(info, ctx.hints, textKey, (planner, compiler) => {
    const plan = planner.connection(root.connectionType, root.label, info.fieldNodes, root.sortBy);
    return { plan, clause: compiler.page(root.label, plan, root.filters, root.sortBy, cursor) };
  });
  const params = paramsOf(entry, info, { ...root.params, limit: root.limit + 1 });
  const rows = await ctx.executor.read({ name: entry.name, text: entry.cypher }, params, { countRows: false });
  return counted(ctx, shapeConnection(entry.plan, rows[0], root.limit, root.sortBy));
}

/** Full-text search hits with everything asked of their entities, in one round trip. */
export async function readSearch(
  ctx: Context,
  info: GraphQLResolveInfo,
  params: { query: string; limit: number },
): Promise<Shaped[]> {
  const entry = compiled<SearchPlan>(info, ctx.hints, "search", (planner, compiler) => {
    const plan = planner.search(info.fieldNodes, NODE_TYPES);
    return { plan, clause: compiler.search(plan.nodePlans) };
  });
  const rows = await ctx.executor.read({ name: entry.name, text: entry.cypher }, paramsOf(entry, info, params), {
    countRows: false,
  });
  const hits = rows.map((row) => shapeSearchHit(entry.plan, row));
  ctx.executor.countRows(hits, true);
  return hits;
}
