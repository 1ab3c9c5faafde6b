import type { Executor, QueryStats } from "./db/executor.js";
import { newQueryStats } from "./db/executor.js";
import { Loaders } from "./modules/shared/loaders.js";

/** Per-request state: an executor that counts this request's Cypher round trips, and fresh batch loaders. */
export interface Context {
  executor: Executor;
  loaders: Loaders;
  stats: QueryStats;
}

export function createContext(executor: Executor): Context {
  const stats = newQueryStats();
  const counted = executor.withStats(stats);
  return { executor: counted, loaders: new Loaders(counted), stats };
}
