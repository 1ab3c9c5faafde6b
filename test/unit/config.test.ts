import { describe, expect, it } from "vitest";
import { boltUri, loadConfig } from "../../src/config.js";
import { loadServerConfig } from "../../src/server-config.js";

describe("loadConfig", () => {
  it("defaults to the local Neo4j on 7687 and GraphQL on 4000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(boltUri(config.neo4j)).toBe("bolt://127.0.0.1:7687");
  });

  it("uses NEO4J_URI when set, and the local ports otherwise", () => {
    expect(boltUri(loadConfig({ NEO4J_URI: "neo4j+s://x.databases.neo4j.io" }).neo4j)).toBe(
      "neo4j+s://x.databases.neo4j.io",
    );
    expect(boltUri(loadConfig({ NEO4J_LOCAL_BOLT_PORT: "17687" }).neo4j)).toBe("bolt://127.0.0.1:17687");
  });

  it("rejects a port that is not a number", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow('PORT must be a non-negative integer, got "eighty"');
  });
});

describe("loadServerConfig: abuse limits", () => {
  it("has a default for every limit, each one an environment variable", () => {
    expect(loadServerConfig({}).limits).toMatchObject({
      maxCost: 50_000,
      maxRows: 10_000,
      maxNameLength: 200,
      http: { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 256 },
    });
    const env = {
      GRAPHQL_MAX_ROWS: "40",
      GRAPHQL_MAX_NAME_LENGTH: "64",
      HTTP_HEADERS_TIMEOUT_MS: "500",
      HTTP_REQUEST_TIMEOUT_MS: "1500",
      HTTP_KEEP_ALIVE_TIMEOUT_MS: "1000",
      HTTP_MAX_CONNECTIONS: "4",
    };
    expect(loadServerConfig(env).limits).toMatchObject({
      maxRows: 40,
      maxNameLength: 64,
      http: { headersTimeoutMs: 500, requestTimeoutMs: 1500, keepAliveTimeoutMs: 1000, maxConnections: 4 },
    });
  });

  it("refuses timeouts Node would refuse, and a connection cap of 0", () => {
    expect(() => loadServerConfig({ HTTP_HEADERS_TIMEOUT_MS: "60000" })).toThrow(
      "HTTP_HEADERS_TIMEOUT_MS must be at least 1 and at most HTTP_REQUEST_TIMEOUT_MS",
    );
    expect(() => loadServerConfig({ HTTP_MAX_CONNECTIONS: "0" })).toThrow("HTTP_MAX_CONNECTIONS must be at least 1");
  });
});
