import type { Executor } from "../../src/db/executor.js";
import type { Dataset } from "../../src/seed/files.js";
import { clean, loadPlan, recordScale, storedScale, type Log } from "./load.js";
import { plan, type Anchors } from "./plan.js";

export const DEFAULT_PREFIX = "syn-";
/** Units generated and loaded per step (one unit ≈ the curated graph's size). */
export const UNITS_PER_STEP = 100;

/** The curated nodes synthetic evidence points at: ALK inhibitors, partner drugs, genes, mechanisms. */
export function anchorsOf(data: Dataset): Anchors {
  return {
    alkDrugs: data.drugs.filter((d) => d.drugClass === "ALK_TKI").map((d) => d.id),
    otherDrugs: data.drugs.filter((d) => d.drugClass !== "ALK_TKI").map((d) => d.id),
    genes: data.genes.map((g) => g.id).filter((g) => g !== "ALK"),
    mechanisms: data.mechanisms.map((m) => m.id),
  };
}

export interface GenerateReport {
  from: number;
  to: number;
  nodes: number;
  relationships: number;
  removed: number;
  seconds: number;
}

/**
 * Brings the synthetic graph with `prefix` to `scale` (1 = curated only). Growing adds only the missing units;
 * shrinking removes everything synthetic first and regenerates. The curated data is never touched.
 */
export async function generate(
  executor: Executor,
  data: Dataset,
  scale: number,
  log: Log,
  prefix = DEFAULT_PREFIX,
): Promise<GenerateReport> {
  const began = Date.now();
  const current = await storedScale(executor, prefix);
  let removed = 0;
  let from = current;
  if (scale < current) {
    log(`shrinking from ${current}× to ${scale}×: removing the synthetic data first…`);
    removed = await clean(executor, prefix, log);
    from = 1;
  }
  let nodes = 0;
  let relationships = 0;
  // At most UNITS_PER_STEP units in memory at once (700× is ~955k relationships), and the scale recorded after
  // each step, so an interrupted run resumes where it stopped.
  for (let start = from; start < scale; start += UNITS_PER_STEP) {
    const end = Math.min(scale, start + UNITS_PER_STEP);
    const p = plan(prefix, end, anchorsOf(data), start);
    const stepNodes = p.nodes.reduce((n, g) => n + g.rows.length, 0);
    const stepRels = p.rels.reduce((n, g) => n + g.rows.length, 0);
    log(`adding units ${start}..${end - 1}: ${stepNodes} nodes, ${stepRels} relationships`);
    await loadPlan(executor, p, log);
    await recordScale(executor, prefix, end);
    nodes += stepNodes;
    relationships += stepRels;
  }
  return { from: current, to: scale, nodes, relationships, removed, seconds: (Date.now() - began) / 1000 };
}
