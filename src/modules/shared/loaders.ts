import DataLoader from "dataloader";
import { cypherTemplate, type CypherQuery } from "../../db/cypher.js";
import type { Executor } from "../../db/executor.js";
import type { Label, RelType } from "../../graph/model.js";
import type { GraphNode } from "./graph-node.js";
export type { GraphNode };

export interface LoadedEdge {
  rel: Record<string, unknown>;
  type: RelType;
  node: GraphNode;
}

/** One relationship field of the API: which edges to follow from which label, in which direction. */
export interface EdgeSpec {
  from: Label;
  to: Label;
  types: readonly RelType[];
  direction: "out" | "in";
}

export interface EdgeOptions {
  limit: number;
  activity?: string[] | null;
  level?: string | null;
}

/**
 * Request-scoped batch loaders. Every relationship field resolves through `edges()`, so a list level of any length
 * costs one Cypher round trip: the number of round trips depends on the shape of the query, never on list sizes.
 */
export class Loaders {
  private readonly edgeLoaders = new Map<string, DataLoader<string, LoadedEdge[]>>();
  private readonly nodeLoaders = new Map<Label, DataLoader<string, GraphNode | null>>();
  private readonly valueLoaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly executor: Executor) {}

  edges(spec: EdgeSpec, options: EdgeOptions): DataLoader<string, LoadedEdge[]> {
    const key = JSON.stringify([spec, options]);
    let loader = this.edgeLoaders.get(key);
    if (!loader) {
      const query = cypherTemplate(
        spec.direction === "out" ? "queries/related/edges-out" : "queries/related/edges-in",
        {
          fromLabel: spec.from,
          toLabel: spec.to,
          type: spec.types,
        },
      );
      loader = new DataLoader(async (ids) => {
        const rows = await this.executor.read(query, {
          ids,
          limit: options.limit,
          activity: options.activity ?? null,
          level: options.level ?? null,
        });
        const byId = new Map<string, LoadedEdge[]>();
        for (const row of rows) {
          const edges = (
            row.edges as {
              rel: Record<string, unknown>;
              type: RelType;
              node: Record<string, unknown>;
              labels: string[];
            }[]
          ).map((e) => ({ rel: e.rel, type: e.type, node: toGraphNode(e.node, e.labels) }));
          byId.set(row.id as string, edges);
        }
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.edgeLoaders.set(key, loader);
    }
    return loader;
  }

  node(label: Label): DataLoader<string, GraphNode | null> {
    let loader = this.nodeLoaders.get(label);
    if (!loader) {
      const query = cypherTemplate("queries/nodes/by-ids", { label });
      loader = new DataLoader(async (ids) => {
        const rows = await this.executor.read(query, { ids });
        const byId = new Map(
          rows.map((row) => [
            row.id as string,
            toGraphNode(row.node as Record<string, unknown>, row.labels as string[]),
          ]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.nodeLoaders.set(label, loader);
    }
    return loader;
  }

  /** A per-id value computed by a batch query returning rows { id, value } (missing ids get `fallback`). */
  value<T>(query: CypherQuery, fallback: T): DataLoader<string, T> {
    let loader = this.valueLoaders.get(query.name);
    if (!loader) {
      loader = new DataLoader<string, unknown>(async (ids) => {
        const rows = await this.executor.read(query, { ids });
        const byId = new Map(rows.map((row) => [row.id as string, row.value]));
        return ids.map((id) => (byId.has(id) ? byId.get(id) : fallback));
      });
      this.valueLoaders.set(query.name, loader);
    }
    return loader as DataLoader<string, T>;
  }
}

export function toGraphNode(properties: Record<string, unknown>, labels: string[]): GraphNode {
  return { ...properties, __labels: labels } as GraphNode;
}
