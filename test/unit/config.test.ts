import { describe, expect, it } from "vitest";
import { boltUri, loadConfig } from "../../src/config.js";

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
