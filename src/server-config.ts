import { intFromEnv } from "./config.js";
import { DEFAULT_MAX_ROWS } from "./db/executor.js";
import { parseApiKeys, type ApiKey } from "./auth/api-keys.js";

/** The limits every request is held to (README "Limits"); each one is an environment variable. */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Cost of an operation as the executor will run it: variables, defaults and `first` counted (plugins/cost.ts). */
  maxCost: number;
  /** Rows Neo4j may return for one request (records and the items of lists they collect). */
  maxRows: number;
  /** Longest name-like string argument (names, ids, filters); free-text input fields have their own cap. */
  maxNameLength: number;
  /** Largest accepted request body, in bytes. */
  bodyBytes: number;
  /** Requests per client IP per minute; 0 turns the limit off. */
  ratePerMinute: number;
  http: HttpLimits;
}

/** Socket-level limits of the HTTP server (src/http/http-server.ts): slow or lying clients cannot hold it. */
export interface HttpLimits {
  /** Time to receive a request's headers. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (a Content-Length above the body ends here). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Open connections at once; more are closed on arrival. */
  maxConnections: number;
}

export interface ServerConfig {
  production: boolean;
  introspection: boolean;
  /** Repeated queries run compiled by graphql-jit (GRAPHQL_JIT; src/execution/jit-gateway.ts). */
  jit: boolean;
  limits: Limits;
  auth: { keys: ApiKey[]; readsRequireAuth: boolean };
  /** How long SIGTERM waits for in-flight requests before closing their connections. */
  shutdownTimeoutMs: number;
  /** JSON request logs on stdout; off under NODE_ENV=test unless LOG_LEVEL is set. */
  logRequests: boolean;
  /** pino level of the server's logs (LOG_LEVEL: fatal, error, warn, info, debug, trace or silent). */
  logLevel: string;
  /**
   * TRUST_PROXY: hops or addresses of proxies whose X-Forwarded-For names the client (Express's `trust proxy` rule,
   * applied by route.ts's clientAddress; nothing reads Express's own req.ip).
   */
  trustProxy: string | number | false;
  /** Shared state for replicas (response cache, rate limit, data generation); unset = per process. */
  redisUrl: string | undefined;
  /** Seconds a cached read lives; 0 = no response cache. Off by default under NODE_ENV=test. */
  responseCacheTtlS: number;
}

function boolFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function httpLimits(env: NodeJS.ProcessEnv): HttpLimits {
  const limits = {
    headersTimeoutMs: intFromEnv(env, "HTTP_HEADERS_TIMEOUT_MS", 10_000),
    requestTimeoutMs: intFromEnv(env, "HTTP_REQUEST_TIMEOUT_MS", 30_000),
    keepAliveTimeoutMs: intFromEnv(env, "HTTP_KEEP_ALIVE_TIMEOUT_MS", 5_000),
    maxConnections: intFromEnv(env, "HTTP_MAX_CONNECTIONS", 256),
  };
  // Node refuses a headers timeout longer than the request timeout; 0 would turn either off.
  if (limits.headersTimeoutMs < 1 || limits.requestTimeoutMs < limits.headersTimeoutMs) {
    throw new Error("HTTP_HEADERS_TIMEOUT_MS must be at least 1 and at most HTTP_REQUEST_TIMEOUT_MS");
  }
  if (limits.maxConnections < 1) throw new Error("HTTP_MAX_CONNECTIONS must be at least 1");
  return limits;
}

export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const production = env.NODE_ENV === "production";
  return {
    production,
    introspection: boolFromEnv(env, "GRAPHQL_INTROSPECTION", !production),
    jit: boolFromEnv(env, "GRAPHQL_JIT", true),
    limits: {
      maxDepth: intFromEnv(env, "GRAPHQL_MAX_DEPTH", 10),
      maxAliases: intFromEnv(env, "GRAPHQL_MAX_ALIASES", 15),
      maxTokens: intFromEnv(env, "GRAPHQL_MAX_TOKENS", 2000),
      maxDirectives: intFromEnv(env, "GRAPHQL_MAX_DIRECTIVES", 20),
      maxCost: intFromEnv(env, "GRAPHQL_MAX_COST", 50_000),
      bodyBytes: intFromEnv(env, "HTTP_BODY_LIMIT_BYTES", 100_000),
      ratePerMinute: intFromEnv(env, "RATE_LIMIT_PER_MINUTE", 300),
      maxRows: intFromEnv(env, "GRAPHQL_MAX_ROWS", DEFAULT_MAX_ROWS),
      maxNameLength: intFromEnv(env, "GRAPHQL_MAX_NAME_LENGTH", 200),
      http: httpLimits(env),
    },
    auth: {
      keys: [
        ...parseApiKeys(env.CURATOR_API_KEYS ?? "", "CURATOR", "CURATOR_API_KEYS"),
        ...parseApiKeys(env.READER_API_KEYS ?? "", "READER", "READER_API_KEYS"),
      ],
      readsRequireAuth: boolFromEnv(env, "READS_REQUIRE_AUTH", false),
    },
    shutdownTimeoutMs: intFromEnv(env, "SHUTDOWN_TIMEOUT_MS", 10_000),
    logRequests: env.LOG_LEVEL ? env.LOG_LEVEL !== "silent" : env.NODE_ENV !== "test",
    logLevel: logLevelFromEnv(env),
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    redisUrl: env.REDIS_URL || undefined,
    // Tests count Cypher round trips per request; a cache hit would hide them, so tests opt in.
    responseCacheTtlS: intFromEnv(env, "RESPONSE_CACHE_TTL_S", env.NODE_ENV === "test" ? 0 : 60),
  };
}

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function logLevelFromEnv(env: NodeJS.ProcessEnv): string {
  const level = env.LOG_LEVEL || "info";
  if (!LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(", ")}, got "${level}"`);
  return level;
}

/** "1" → one hop; "loopback, 10.0.0.0/8" → those addresses; unset → the socket address is the client. */
function trustProxyFromEnv(raw: string | undefined): string | number | false {
  if (!raw) return false;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}
