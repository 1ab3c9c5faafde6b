import { cypher, cypherTemplate, type CypherQuery } from "../../src/db/cypher.js";
import type { Executor } from "../../src/db/executor.js";
import { LABELS } from "../../src/graph/model.js";
import type { Plan } from "./plan.js";

export type Log = (message: string) => void;

/** Rows per write transaction: large enough to amortise a round trip, small enough for a 1 GB heap. */
export const BATCH = 10_000;

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Loads a plan with the seed loader's own statements (MERGE on id / key, so a rerun changes nothing): every node
 * group first, then every relationship group, in UNWIND batches of `batch` rows, one transaction each.
 */
export async function loadPlan(executor: Executor, plan: Plan, log: Log, batch = BATCH): Promise<void> {
  const totalNodes = plan.nodes.reduce((n, g) => n + g.rows.length, 0);
  const totalRels = plan.rels.reduce((n, g) => n + g.rows.length, 0);
  const began = Date.now();
  let done = 0;
  const progress = (what: string, total: number) =>
    log(`  ${what} ${done}/${total} (${((Date.now() - began) / 1000).toFixed(0)} s)`);
  for (const group of plan.nodes) {
    for (const rows of chunks(group.rows, batch)) {
      await executor.write(cypherTemplate("seed/nodes", { label: group.label }), { rows });
      if (group.alsoLabel === "CompoundMutation") {
        await executor.write(cypher("seed/compound-label"), { ids: rows.map((row) => row.id) });
      }
      done += rows.length;
      progress("nodes", totalNodes);
    }
  }
  done = 0;
  for (const group of plan.rels) {
    const query = cypherTemplate("seed/relationships", { fromLabel: group.from, toLabel: group.to, type: group.type });
    for (const rows of chunks(group.rows, batch)) {
      await executor.write(query, { rows });
      done += rows.length;
      progress(`relationships (${group.type})`, totalRels);
    }
  }
}

/**
 * Deletes every synthetic node and relationship whose node ids start with `prefix`; returns the node count. Each
 * label's relationships go first, in batches: a batch of nodes then carries none, so no transaction's memory follows
 * the size of the hubs (a 700× graph's would pass Neo4j's per-transaction limit).
 */
export async function clean(executor: Executor, prefix: string, log: Log, batch = 5_000): Promise<number> {
  let total = 0;
  for (const label of LABELS) {
    await inBatches(
      cypherTemplate("synthetic/delete-relationships-batch", { label }),
      `relationships of ${label} nodes`,
    );
    total += await inBatches(cypherTemplate("synthetic/delete-batch", { label }), `${label} nodes`);
  }
  return total;

  // One write per batch, each logged with the running count (a large graph takes minutes).
  async function inBatches(query: CypherQuery, what: string): Promise<number> {
    let deleted = 0;
    for (;;) {
      const [row] = await executor.write(query, { prefix, limit: batch });
      const count = Number(row?.deleted ?? 0);
      deleted += count;
      if (count > 0) log(`  removed ${deleted} ${what}`);
      if (count < batch) return deleted;
    }
  }
}

export async function storedScale(executor: Executor, prefix: string): Promise<number> {
  const [row] = await executor.read(cypher("synthetic/get-scale"), { id: `${prefix}dataset` });
  return Number(row?.scale ?? 1);
}

export async function recordScale(executor: Executor, prefix: string, scale: number): Promise<void> {
  const params = { id: `${prefix}dataset`, scale, generatedAt: new Date().toISOString() };
  await executor.write(cypher("synthetic/set-scale"), params);
}
