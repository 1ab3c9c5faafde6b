import { intFromEnv } from "./config.js";
import { parseApiKeys, type ApiKey } from "./auth/api-keys.js";

/** The limits every request is held to (README "Limits"); each one is an environment variable. */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Largest accepted request body, in bytes. */
  bodyBytes: number;
  /** Requests per client IP per minute; 0 turns the limit off. */
  ratePerMinute: number;
}

export interface ServerConfig {
  production: boolean;
  introspection: boolean;
  limits: Limits;
  auth: { keys: ApiKey[]; readsRequireAuth: boolean };
  /** How long SIGTERM waits for in-flight requests before closing their connections. */
  shutdownTimeoutMs: number;
  /** JSON request logs on stdout; off under NODE_ENV=test unless LOG_LEVEL is set. */
  logRequests: boolean;
  /** pino level of the server's logs (LOG_LEVEL: fatal, error, warn, info, debug, trace or silent). */
  logLevel: string;
  /** Express `trust proxy` (TRUST_PROXY): hops or addresses of proxies whose X-Forwarded-For names the client. */
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

export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const production = env.NODE_ENV === "production";
  return {
    production,
    introspection: boolFromEnv(env, "GRAPHQL_INTROSPECTION", !production),
    limits: {
      maxDepth: intFromEnv(env, "GRAPHQL_MAX_DEPTH", 10),
      maxAliases: intFromEnv(env, "GRAPHQL_MAX_ALIASES", 15),
      maxTokens: intFromEnv(env, "GRAPHQL_MAX_TOKENS", 2000),
      maxDirectives: intFromEnv(env, "GRAPHQL_MAX_DIRECTIVES", 20),
      maxCost: intFromEnv(env, "GRAPHQL_MAX_COST", 50_000),
      bodyBytes: intFromEnv(env, "HTTP_BODY_LIMIT_BYTES", 100_000),
      ratePerMinute: intFromEnv(env, "RATE_LIMIT_PER_MINUTE", 300),
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
