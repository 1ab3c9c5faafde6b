import neo4j, { type Config, type Driver } from "neo4j-driver";
import { boltUri, type Neo4jConfig } from "../config.js";

/**
 * One driver per process. Retry and acquisition timeouts are lowered from the driver's 30 s / 60 s so a request
 * against a database that is down fails in seconds with DATABASE_UNAVAILABLE instead of hanging.
 */
/** How long a failing transaction is retried, by the driver (writes) and by the executor (reads, executor.ts). */
export const RETRY_TIME_MS = 2_000;

export function createDriver(config: Neo4jConfig, overrides: Config = {}): Driver {
  const auth = config.uri ? neo4j.auth.basic(config.user, config.password) : undefined;
  return neo4j.driver(boltUri(config), auth, {
    disableLosslessIntegers: true,
    // Retries back off 1 s, 2 s, 4 s…: with 2 s, a database that is down fails a request after about 3 s.
    maxTransactionRetryTime: RETRY_TIME_MS,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: "alk-resistance-graph",
    ...overrides,
  });
}
