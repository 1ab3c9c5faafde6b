import fs from "node:fs";
import path from "node:path";
import { CYPHER_DIR, statements } from "./cypher.js";
import type { Executor } from "./executor.js";

/** Applies `cypher/schema/*.cypher` in file order. Every statement is IF NOT EXISTS, so this runs at each start. */
export async function applySchema(executor: Executor): Promise<number> {
  const dir = path.join(CYPHER_DIR, "schema");
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".cypher"))
    .sort();
  let count = 0;
  for (const file of files) {
    for (const statement of statements(fs.readFileSync(path.join(dir, file), "utf8"))) {
      await executor.schema(statement);
      count += 1;
    }
  }
  // Index population is asynchronous; wait so the first full-text search after start sees every node.
  await executor.schema("CALL db.awaitIndexes(60)");
  return count;
}
