import { cypher, cypherTemplate } from "../db/cypher.js";
import type { Executor, Params } from "../db/executor.js";
import type { CypherQuery } from "../db/cypher.js";
import type { Dataset } from "./files.js";
import { nodeRows, relRows } from "./rows.js";

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  version: string | null;
  loadedAt: string | null;
}

export async function graphCounts(executor: Executor): Promise<GraphCounts> {
  const [row] = await executor.read(cypher("queries/about/counts"));
  return row as unknown as GraphCounts;
}

export interface SeedReport {
  records: number;
  before: GraphCounts;
  after: GraphCounts;
  /** Relationships that came from data/ and are no longer in it. */
  pruned: number;
  /** Nodes that came from data/ and are no longer in it (e.g. a duplicate record merged away). */
  prunedNodes: number;
}

/**
 * Loads a validated dataset in ONE write transaction: every node and relationship lands, or (on any failure)
 * nothing does. MERGE on stable ids/keys makes a second run change no count.
 */
export async function seed(executor: Executor, data: Dataset, now: Date = new Date()): Promise<SeedReport> {
  const before = await graphCounts(executor);
  const steps: { query: CypherQuery; params: Params }[] = [];
  let records = 0;
  const ids: string[] = [];
  for (const group of nodeRows(data)) {
    ids.push(...group.rows.map((r) => r.id));
    steps.push({ query: cypherTemplate("seed/nodes", { label: group.label }), params: { rows: group.rows } });
    if (group.alsoLabel === "CompoundMutation") {
      steps.push({ query: cypher("seed/compound-label"), params: { ids: group.rows.map((r) => r.id) } });
    }
    records += group.rows.length;
  }
  const keys: string[] = [];
  for (const group of relRows(data)) {
    if (group.rows.length === 0) continue;
    steps.push({
      query: cypherTemplate("seed/relationships", { fromLabel: group.from, toLabel: group.to, type: group.type }),
      params: { rows: group.rows },
    });
    keys.push(...group.rows.map((r) => r.key));
  }
  steps.push({ query: cypher("seed/prune-relationships"), params: { keys } });
  steps.push({ query: cypher("seed/prune-nodes"), params: { ids } });
  steps.push({ query: cypher("seed/dataset"), params: { version: data.version, loadedAt: now.toISOString() } });
  const results = await executor.writeAll(steps);
  const pruned = Number(results[results.length - 3]?.[0]?.pruned ?? 0);
  const prunedNodes = Number(results[results.length - 2]?.[0]?.pruned ?? 0);
  const after = await graphCounts(executor);
  return { records, before, after, pruned, prunedNodes };
}

/** "Drug 9 (+9), Variant 40 (+40) …" — what a seed changed, for the console. */
export function describeSeed(report: SeedReport): string {
  const part = (after: Record<string, number>, before: Record<string, number>) =>
    Object.entries(after)
      .map(([name, count]) => {
        const delta = count - (before[name] ?? 0);
        return `${name} ${count}${delta === 0 ? "" : ` (${delta > 0 ? "+" : ""}${delta})`}`;
      })
      .join(", ");
  return [
    `dataset ${report.after.version}: ${report.records} records`,
    `nodes: ${part(report.after.nodes, report.before.nodes)}`,
    `relationships: ${part(report.after.relationships, report.before.relationships)}`,
    ...(report.pruned > 0 ? [`pruned ${report.pruned} relationships no longer in the data files`] : []),
    ...(report.prunedNodes > 0 ? [`pruned ${report.prunedNodes} nodes no longer in the data files`] : []),
  ].join("\n");
}
