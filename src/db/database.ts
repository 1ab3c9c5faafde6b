import type { Driver } from "neo4j-driver";
import type { Neo4jConfig } from "../config.js";
import type { Log } from "../local-neo4j/install.js";
import { start as startLocal, stop as stopLocal } from "../local-neo4j/process.js";
import { applySchema } from "./apply-schema.js";
import { createDriver } from "./driver.js";
import { Executor } from "./executor.js";

export interface Database {
  driver: Driver;
  executor: Executor;
  /** False when the database could not be reached at start (allowUnavailable): the schema is not applied yet. */
  prepared: boolean;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to Neo4j: the user's (NEO4J_URI) as it is, or the project's local server, started here when it is not
 * running already. Then applies the graph schema (idempotent). With `allowUnavailable` (a database of the user's),
 * a database that is down at start is not fatal: the caller retries the preparation later.
 */
export async function openDatabase(
  config: Neo4jConfig,
  log: Log,
  { allowUnavailable = false }: { allowUnavailable?: boolean } = {},
): Promise<Database> {
  let startedHere = false;
  if (!config.uri) startedHere = (await startLocal(config.local, log)).started;
  const driver = createDriver(config);
  const executor = new Executor(driver, config.database, config.queryTimeoutMs);
  const close = async (): Promise<void> => {
    await driver.close();
    if (startedHere) await stopLocal(config.local, log);
  };
  try {
    await driver.verifyConnectivity({ database: config.database });
    await applySchema(executor);
  } catch (error) {
    if (!allowUnavailable) {
      await close();
      throw error;
    }
    log("the database does not answer; serving anyway (/readyz 503) and retrying in the background");
    return { driver, executor, close, prepared: false };
  }
  return { driver, executor, close, prepared: true };
}
