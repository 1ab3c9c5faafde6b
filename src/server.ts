import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { RequestListener } from "node:http";
import express, { type Express } from "express";
import type { Executor } from "./db/executor.js";
import { createContext, type Context } from "./context.js";
import { HubHints } from "./translate/hub-hints.js";
import { formatError } from "./errors/format-error.js";
import { graphiqlRouter } from "./http/graphiql.js";
import { exploreRouter } from "./http/explore.js";
import { exportRouter } from "./http/exports.js";
import { guideRouter } from "./http/guide.js";
import { healthRouter, type Health } from "./http/health.js";
import { cachedReads } from "./http/cached-reads.js";
import { bodyErrorHandler } from "./http/http-errors.js";
import { Metrics, metricsRoute } from "./http/metrics.js";
import type { Drain } from "./http/shutdown.js";
import { createLimiter, rateLimit } from "./http/rate-limit.js";
import { authGuard, bookmarks, locals, requestId, requireJson } from "./http/request-guards.js";
import { apolloHandler } from "./http/apollo-handler.js";
import { chain, clientAddress, isGraphqlPath, type Middleware } from "./http/route.js";
import { armor } from "./plugins/armor.js";
import { bookmarksPlugin } from "./plugins/bookmarks.js";
import { cypherStatsPlugin } from "./plugins/cypher-stats.js";
import { metricsPlugin } from "./plugins/metrics.js";
import { requestLogPlugin } from "./plugins/request-log.js";
import { responseCachePlugins } from "./plugins/response-cache.js";
import { createSchema } from "./schema.js";
import { jitGateway } from "./execution/jit-gateway.js";
import { loadServerConfig, type ServerConfig } from "./server-config.js";
import { DataGeneration } from "./shared/generation.js";
import { RedisResponseCache } from "./shared/redis-cache.js";
import { SharedRedis } from "./shared/redis.js";
import { createLogger } from "./logging/logger.js";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";

export interface ServerOptions extends Health {
  executor: Executor;
  config?: ServerConfig;
  metrics?: Metrics;
  /** Graceful shutdown: counts in-flight requests and refuses new ones once SIGTERM arrived. */
  drain?: Drain;
}

/** The response cache's store and data generation: in process, or in Redis when it is configured. */
export function responseCacheParts(redis: SharedRedis) {
  return {
    cache: redis.client ? new RedisResponseCache(redis) : new InMemoryLRUCache<string>(),
    generation: new DataGeneration(redis),
  };
}

export async function createApollo(
  config: ServerConfig = loadServerConfig(),
  metrics: Metrics = new Metrics(),
  redis: SharedRedis = new SharedRedis(undefined, () => {}),
  { cache, generation } = responseCacheParts(redis),
  requestLog = config.logRequests ? createLogger(undefined, config.logLevel) : null,
): Promise<ApolloServer<Context>> {
  const limits = armor(config.limits, config.introspection);
  const server = new ApolloServer<Context>({
    // Queries run compiled by graphql-jit once a document repeats (src/execution/jit-gateway.ts); GRAPHQL_JIT=false
    // leaves every operation to graphql-js.
    ...(config.jit ? { gateway: jitGateway(await createSchema()) } : { schema: await createSchema() }),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // Both are Apollo's defaults, stated so a later edit cannot drop them silently.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: clients cannot fill a server-side query cache.
    persistedQueries: false,
    // src/index.ts owns SIGTERM/SIGINT (drain HTTP, then stop Apollo, then the driver); Apollo's own handler would
    // stop it concurrently and leave our shutdown waiting.
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    // Parsing stops at this many tokens: a huge document costs no more than a small one (400 GRAPHQL_PARSE_FAILED).
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin hooks every field; the response cache sets its one policy itself.
      ApolloServerPluginCacheControlDisabled(),
      cypherStatsPlugin(),
      bookmarksPlugin(),
      metricsPlugin(metrics),
      ...(requestLog ? [requestLogPlugin(requestLog)] : []),
      ...responseCachePlugins({ ttlSeconds: config.responseCacheTtlS, cache, generation, metrics }),
      ...limits.plugins,
      // Redis lives as long as the server: apollo.stop() (tests, SIGTERM) closes its connection.
      { serverWillStart: async () => ({ serverWillStop: () => redis.close() }) },
    ],
  });
  return server;
}

/**
 * The server's request handler. /graphql (Apollo, behind the drain, request id, rate limit, JSON-only bodies, size
 * limit and API keys, then the response cache's fast path) is served by its own chain on Node's request and
 * response; everything else by Express: /graphiql (offline GraphiQL), /explore (the explorer page), /export/…
 * (downloads, behind the same guards), /guide (Neo4j Browser guide), /healthz, /readyz and /metrics.
 */
export async function createApp({
  executor,
  ready,
  drain,
  config = loadServerConfig(),
  metrics = new Metrics(),
}: ServerOptions): Promise<{
  app: Express;
  listener: RequestListener;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
}> {
  const warnLog = createLogger((line) => process.stderr.write(line), config.logLevel);
  const redis = new SharedRedis(config.redisUrl, (message) => warnLog.warn(message));
  redis.start();
  const parts = responseCacheParts(redis);
  const requestLog = config.logRequests ? createLogger(undefined, config.logLevel) : null;
  const apollo = await createApollo(config, metrics, redis, parts, requestLog);
  // Which relationship kinds can meet a hub, read from the graph now and every minute while Apollo runs.
  const hints = new HubHints();
  apollo.addPlugin({
    serverWillStart: async () => {
      const stop = hints.start(executor, (error) => warnLog.warn({ err: error }, "hub hints: graph read failed"));
      return { serverWillStop: async () => stop() };
    },
  });
  await apollo.start();
  // One limiter for /graphql and /export: a client's downloads and queries share its budget. Behind a proxy it keys
  // on the client the proxy forwards, not on the proxy (TRUST_PROXY).
  const clientOf = clientAddress(config.trustProxy);
  const limiter = rateLimit(
    config.limits.ratePerMinute,
    metrics,
    createLimiter(config.limits.ratePerMinute, redis),
    clientOf,
  );
  const guard = authGuard(config.auth.keys, config.auth.readsRequireAuth, metrics);
  const graphql = chain(
    [
      ...(drain ? [drain.middleware] : []),
      requestId,
      bookmarks,
      limiter,
      requireJson(metrics),
      express.json({ limit: config.limits.bodyBytes }) as Middleware,
      guard,
      ...(config.responseCacheTtlS > 0 ? [cachedReads({ ...parts, metrics, logger: requestLog })] : []),
      apolloHandler(apollo, async (_req, res) =>
        createContext(executor, { ...locals(res), maxRows: config.limits.maxRows, hints }),
      ),
    ],
    bodyErrorHandler(metrics),
  );
  const app = express();
  app.disable("x-powered-by");
  // Express hashes every res.send body for a weak ETag; its JSON answers are not revalidated by any client.
  // Static files keep theirs (sendFile sets its own ETag).
  app.set("etag", false);
  // Reached only through Express (a test or embedder calling app.listen): the same chain as the listener's.
  app.use("/graphql", (req, res) => graphql(req, res));
  app.use("/export", ...(drain ? [drain.middleware] : []), requestId, limiter, guard, exportRouter(executor, metrics));
  app.get("/", (_req, res) => res.redirect("/graphiql"));
  app.use(healthRouter({ ready, draining: drain?.isDraining, redis: () => redis.status() }));
  app.get("/metrics", metricsRoute(metrics));
  app.use(graphiqlRouter());
  app.use(guideRouter());
  app.use(exploreRouter());
  app.use(bodyErrorHandler(metrics));
  const listener: RequestListener = (req, res) => (isGraphqlPath(req.url) ? graphql(req, res) : app(req, res));
  return { app, listener, apollo, metrics };
}
