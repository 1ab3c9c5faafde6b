import { createHash } from "node:crypto";
import { PrefixingKeyValueCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Logger } from "pino";
import type { DataGeneration } from "../shared/generation.js";
import type { Metrics } from "./metrics.js";
import { locals } from "./request-guards.js";
import type { HttpRequest, HttpResponse, Next } from "./route.js";

/** What the response-cache plugin keys an entry by (its `cacheKeyData`), for an anonymous caller. */
export interface CacheKeyData {
  source?: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  extra?: unknown;
  sessionMode?: number;
}

/** The one key function: Apollo's response-cache plugin stores with it, the fast path below reads with it. */
export function cacheKey(data: CacheKeyData): string {
  const { source, operationName = null, variables = {}, extra = null, sessionMode } = data;
  return createHash("sha256")
    .update(JSON.stringify([source, operationName, variables, extra, sessionMode]))
    .digest("hex");
}

// The plugin prefixes its keys with "fqc:" and, for callers without a session, stores with sessionMode 0.
const PLUGIN_PREFIX = "fqc:";
const NO_SESSION = 0;

export interface CachedReadsOptions {
  cache: KeyValueCache<string>;
  generation: DataGeneration;
  metrics: Metrics;
  logger: Logger | null;
}

/**
 * The response cache's fast path, before Apollo: an anonymous POST whose query, operation name and variables match
 * an entry of the current data generation is answered from it without Apollo's pipeline (a hit costs a cache read,
 * not a request through parsing, plugins and resolvers). Entries are only ever written by the response-cache plugin,
 * for queries that passed validation and answered without errors, so a hit here is what Apollo would answer.
 * Anything else — keyed callers, a miss, a cache or generation that cannot be read — goes on to Apollo unchanged.
 */
/** How many answered bodies the fast path keeps ready to send (the most recently stored entries). */
const BODIES_KEPT = 500;

interface ReadyBody {
  stored: string;
  body: string;
  cacheTime: number;
}

export function cachedReads({ cache, generation, metrics, logger }: CachedReadsOptions) {
  const entries = new PrefixingKeyValueCache(cache, PLUGIN_PREFIX);
  // A hit used to parse the stored entry and serialise the answer again on every request; the answer for one stored
  // entry never changes, so it is built once and reused while the cache returns that same entry.
  const ready = new Map<string, ReadyBody>();
  const bodyFor = (key: string, stored: string): ReadyBody => {
    const kept = ready.get(key);
    if (kept?.stored === stored) return kept;
    const { data, cacheTime } = JSON.parse(stored) as { data: unknown; cacheTime: number };
    const made = { stored, body: JSON.stringify({ data, extensions: { cypher: { roundTrips: 0 } } }), cacheTime };
    ready.delete(key);
    if (ready.size >= BODIES_KEPT) ready.delete(ready.keys().next().value as string);
    ready.set(key, made);
    return made;
  };
  return async (req: HttpRequest, res: HttpResponse, next: Next): Promise<void> => {
    const began = performance.now();
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    const { actor, requestId } = locals(res);
    if (req.method !== "POST" || actor.role !== "ANONYMOUS" || typeof body?.query !== "string") return next();
    const operationName = typeof body.operationName === "string" ? body.operationName : null;
    const variables = body.variables && typeof body.variables === "object" ? body.variables : {};
    const extra = await generation.current();
    if (extra === null) return next();
    const key = cacheKey({
      source: body.query,
      operationName,
      variables: { ...variables },
      extra,
      sessionMode: NO_SESSION,
    });
    const stored = await entries.get(key).catch(() => undefined);
    if (stored === undefined) return next();
    const { body: answer, cacheTime } = bodyFor(key, stored);
    // Written once: the ready body is sent as it is, never serialised again.
    res.writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(answer),
      age: String(Math.round((Date.now() - cacheTime) / 1000)),
    });
    res.end(answer);
    const operation = metrics.operation(operationName);
    metrics.observeRequest(operation, "ok", (performance.now() - began) / 1000);
    metrics.increment("graphql_response_cache_total", { result: "hit" });
    logger?.info(
      {
        requestId,
        operationName,
        operation: "query",
        durationMs: Math.round((performance.now() - began) * 10) / 10,
        outcome: "ok",
        cypherRoundTrips: 0,
        cacheHit: true,
        actor: actor.name,
        role: actor.role,
      },
      "graphql request",
    );
  };
}
