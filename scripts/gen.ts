/**
 * npm run gen -- --scale N [--prefix syn-] | --clean
 * Adds a deterministic synthetic graph (the real labels, types and property shapes, `origin: 'synthetic'`, ids
 * prefixed `syn-`) beside the curated data, so the graph is about N times the curated size; --clean removes it.
 * Uses the same Neo4j as npm start (NEO4J_URI, or the local one, started here when needed).
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { graphCounts } from "../src/seed/load.js";
import { loadDataset } from "../src/seed/validate.js";
import { clean } from "./synthetic/load.js";
import { DEFAULT_PREFIX, generate } from "./synthetic/generate.js";

const log = (message: string): void => console.error(message);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: "string" }, prefix: { type: "string" }, clean: { type: "boolean" } },
  });
  const prefix = values.prefix ?? DEFAULT_PREFIX;
  const scale = Number(values.scale ?? (values.clean ? 1 : NaN));
  if (!Number.isInteger(scale) || scale < 1) throw new Error("usage: npm run gen -- --scale N (N ≥ 1) | --clean");
  const db = await openDatabase(loadConfig().neo4j, (m) => log(`neo4j: ${m}`));
  try {
    if (values.clean) {
      const removed = await clean(db.executor, prefix, log);
      log(`removed ${removed} synthetic nodes (prefix ${prefix})`);
      return;
    }
    const report = await generate(db.executor, loadDataset(), scale, log, prefix);
    const counts = await graphCounts(db.executor);
    const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    log(
      `scale ${report.from}× → ${report.to}×: +${report.nodes} nodes, +${report.relationships} relationships` +
        `${report.removed ? `, ${report.removed} removed` : ""} in ${report.seconds.toFixed(1)} s; ` +
        `graph now ${sum(counts.nodes)} nodes, ${sum(counts.relationships)} relationships`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
