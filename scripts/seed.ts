/**
 * npm run seed            — validate data/ and load it into Neo4j (idempotent; prints what changed).
 * npm run validate-data   — validate only; no database needed.
 */
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { describeSeed, seed } from "../src/seed/load.js";
import { DataError } from "../src/seed/read.js";
import { loadDataset } from "../src/seed/validate.js";

async function main(): Promise<void> {
  const started = Date.now();
  const data = loadDataset();
  const claims = data.activity.length + data.mechanismResistance.length + data.overcomes.length;
  console.log(`data/ is valid: version ${data.version}, ${claims} claims`);
  if (process.argv.includes("--validate-only")) return;
  const db = await openDatabase(loadConfig().neo4j, (m) => console.error(`neo4j: ${m}`));
  try {
    console.log(describeSeed(await seed(db.executor, data)));
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DataError ? error.message : error);
  process.exit(1);
});
