import { randomUUID } from "node:crypto";
import { ANONYMOUS, type Actor } from "./auth/api-keys.js";
import type { Executor, QueryStats } from "./db/executor.js";
import { newQueryStats } from "./db/executor.js";
import { Loaders } from "./modules/shared/loaders.js";
import { NO_HINTS, type HubHints } from "./translate/hub-hints.js";

/** Per-request state: an executor that counts this request's Cypher round trips, and fresh batch loaders. */
export interface Context {
  executor: Executor;
  loaders: Loaders;
  stats: QueryStats;
  /** Who sent the request (anonymous unless a valid API key came with it). */
  actor: Actor;
  /** Echoed in the X-Request-Id header and every log line of the request. */
  requestId: string;
  /** Which relationship kinds can meet a hub (the server's, refreshed from the graph; none known by default). */
  hints: HubHints;
}

export function createContext(
  executor: Executor,
  {
    actor = ANONYMOUS,
    requestId = randomUUID(),
    bookmarks = [],
    maxRows,
    hints = NO_HINTS,
  }: { actor?: Actor; requestId?: string; bookmarks?: string[]; maxRows?: number; hints?: HubHints } = {},
): Context {
  const stats = newQueryStats(maxRows);
  const counted = executor.withStats(stats, bookmarks);
  return { executor: counted, loaders: new Loaders(counted), stats, actor, requestId, hints };
}
