import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import ApolloServerPluginResponseCache from "@apollo/server-plugin-response-cache";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Context } from "../context.js";
import { cacheKey, type CacheKeyData } from "../http/cached-reads.js";
import type { Metrics } from "../http/metrics.js";
import type { DataGeneration } from "../shared/generation.js";

export interface ResponseCacheOptions {
  /** Seconds a cached read lives; 0 turns the cache off. */
  ttlSeconds: number;
  cache: KeyValueCache<string>;
  generation: DataGeneration;
  metrics: Metrics;
}

/**
 * The read cache: Apollo's response-cache plugin, every query cacheable for `ttlSeconds`, keyed by the query,
 * its variables and the data generation. Mutations bump the generation before their response leaves, so the
 * next read anywhere misses. When the generation cannot be read (Redis down) nothing is read from or written to
 * the cache. No Cache-Control headers: a proxy cannot know about writes.
 */
export function responseCachePlugins({
  ttlSeconds,
  cache,
  generation,
  metrics,
}: ResponseCacheOptions): ApolloServerPlugin<Context>[] {
  const bumpOnWrite = generationPlugin(generation);
  if (ttlSeconds === 0) return [bumpOnWrite];
  const generations = new WeakMap<Context, string | null>();
  const usable = async ({ contextValue }: GraphQLRequestContext<Context>) => generations.get(contextValue) != null;
  return [
    bumpOnWrite,
    uniformCachePolicy(ttlSeconds),
    ApolloServerPluginResponseCache<Context>({
      cache,
      // Shared with the fast path in front of Apollo (src/http/cached-reads.ts), which reads what this writes.
      generateCacheKey: (_request, data) => cacheKey(data as CacheKeyData),
      // Keyed and anonymous callers never share entries: a keyed read (the audit trail) must not reach anyone
      // without a key. All keyed callers may read the same fields, so they share one "authenticated" space.
      sessionId: async ({ contextValue }) => (contextValue.actor.role === "ANONYMOUS" ? null : "authenticated"),
      extraCacheKeyData: async ({ contextValue }) => {
        const current = await generation.current();
        generations.set(contextValue, current);
        return current;
      },
      shouldReadFromCache: usable,
      shouldWriteToCache: usable,
    }),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue, operation, metrics: requestMetrics }) {
            if (operation?.operation !== "query" || generations.get(contextValue) == null) return;
            metrics.increment("graphql_response_cache_total", {
              result: requestMetrics.responseCacheHit ? "hit" : "miss",
            });
          },
        };
      },
    },
  ];
}

/** Bumps the data generation after any mutation (each mutation field commits on its own, errors or not). */
function generationPlugin(generation: DataGeneration): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === "mutation") await generation.bump();
        },
      };
    },
  };
}

/**
 * Every query's cache policy is `ttlSeconds`, public. Apollo's cache-control plugin would compute the same answer
 * (this schema has no @cacheControl hints, so each field gets the default maxAge), but it does so with a
 * willResolveField hook, which makes Apollo wrap every resolver of the schema and run the hook for every field of
 * every response. createApollo turns that plugin off (ApolloServerPluginCacheControlDisabled); this sets the one
 * policy the response cache reads, once per operation.
 */
function uniformCachePolicy(ttlSeconds: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ overallCachePolicy }) {
          overallCachePolicy.restrict({ maxAge: ttlSeconds });
        },
      };
    },
  };
}
