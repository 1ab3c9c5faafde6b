import path from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root, resolved from this file so scripts work from any working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface LocalNeo4jConfig {
  /** Folder holding lib/, conf/, data/, logs/ of the project's own Neo4j (git-ignored). */
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** Optional plugins copied into `<home>/plugins` (NEO4J_LOCAL_PLUGINS, comma-separated: "apoc"). */
  plugins: string[];
  /** The GraphQL server's Browser guide, which Browser plays after connecting (browser.post_connect_cmd). */
  guideUrl?: string;
}

export interface Neo4jConfig {
  /** Set when the user brings a database (Docker, Aura, a cluster); unset means the local embedded default. */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  /** Per-transaction timeout sent with every query, in milliseconds. */
  queryTimeoutMs: number;
  local: LocalNeo4jConfig;
}

export interface Config {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
}

export function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const boltPort = intFromEnv(env, "NEO4J_LOCAL_BOLT_PORT", 7687);
  const port = intFromEnv(env, "PORT", 4000);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE ?? "neo4j",
      queryTimeoutMs: intFromEnv(env, "NEO4J_QUERY_TIMEOUT_MS", 15_000),
      local: {
        home: path.resolve(ROOT, env.NEO4J_LOCAL_HOME ?? ".neo4j"),
        boltPort,
        httpPort: intFromEnv(env, "NEO4J_LOCAL_HTTP_PORT", 7474),
        heap: env.NEO4J_LOCAL_HEAP ?? "1g",
        pageCache: env.NEO4J_LOCAL_PAGECACHE ?? "256m",
        plugins: (env.NEO4J_LOCAL_PLUGINS ?? "")
          .split(",")
          .map((name) => name.trim())
          .filter(Boolean),
        guideUrl: `http://127.0.0.1:${port}/guide`,
      },
    },
  };
}

/** The Bolt URI the server connects to: the user's, or the local server's. */
export function boltUri(config: Neo4jConfig): string {
  return config.uri ?? `bolt://127.0.0.1:${config.local.boltPort}`;
}
