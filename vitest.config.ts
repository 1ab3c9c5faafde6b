import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// graphql 16 ships CJS (index.js) and ESM (index.mjs). type-graphql requires the CJS build, and Node's own
// resolver also picks it, so Vite must too: two copies of graphql cannot share a schema.
const resolve = { alias: { graphql: "graphql/index.js" } };

type Options = NonNullable<TestProjectInlineConfiguration["test"]>;

/** One test group. Groups run in `groupOrder`; those that use the shared test Neo4j get its global setup. */
function project(name: string, include: string[], groupOrder: number, options: Options = {}) {
  return {
    resolve,
    test: {
      name,
      include,
      sequence: { groupOrder },
      env: { NODE_ENV: "test" },
      setupFiles: ["reflect-metadata"],
      ...options,
    },
  };
}

const sharedNeo4j: Options = { globalSetup: ["test/setup/neo4j.global.ts"], hookTimeout: 240_000 };

export default defineConfig({
  resolve,
  test: {
    env: { NODE_ENV: "test" },
    projects: [
      project("unit", ["test/unit/**/*.test.ts", "test/tck/**/*.test.ts"], 0),
      // One file at a time: some tests own nodes for a moment (test-…), and counts elsewhere must not see them.
      project("integration", ["test/integration/**/*.int.test.ts"], 0, {
        ...sharedNeo4j,
        fileParallelism: false,
        testTimeout: 30_000,
      }),
      // The explorer in headless Chromium (/usr/bin/chromium), on the curated data, before anything writes.
      project("browser", ["test/browser/**/*.browser.test.ts"], 1, {
        ...sharedNeo4j,
        fileParallelism: false,
        testTimeout: 60_000,
      }),
      // Tests that write to the shared test database run after the read-only ones (which assert exact counts).
      project("writes", ["test/writes/**/*.int.test.ts"], 2, { ...sharedNeo4j, testTimeout: 30_000 }),
      // The synthetic-graph generator adds nodes with the real labels, so it runs alone after the write group.
      project("integration-exclusive", ["test/integration-exclusive/**/*.int.test.ts"], 3, {
        ...sharedNeo4j,
        testTimeout: 60_000,
      }),
      // Two server processes over one real Redis (redis-server started by the test): shared cache, limit, outage.
      project("replicas", ["test/replicas/**/*.int.test.ts"], 2, { ...sharedNeo4j, testTimeout: 120_000 }),
      // Fault tests stop, pause and restart a Neo4j of their own (ports 27688/27475 by default), one file at a time.
      project("faults", ["test/faults/**/*.int.test.ts"], 4, {
        testTimeout: 120_000,
        hookTimeout: 240_000,
        fileParallelism: false,
      }),
    ],
  },
});
