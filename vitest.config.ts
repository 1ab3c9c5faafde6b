import { defineConfig } from "vitest/config";

// graphql 16 ships CJS (index.js) and ESM (index.mjs). type-graphql requires the CJS build, and Node's own
// resolver also picks it, so Vite must too: two copies of graphql cannot share a schema.
const resolve = { alias: { graphql: "graphql/index.js" } };

export default defineConfig({
  resolve,
  test: {
    env: { NODE_ENV: "test" },
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["test/unit/**/*.test.ts", "test/tck/**/*.test.ts"],
          env: { NODE_ENV: "test" },
          setupFiles: ["reflect-metadata"],
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          sequence: { groupOrder: 0 },
          include: ["test/integration/**/*.int.test.ts"],
          globalSetup: ["test/setup/neo4j.global.ts"],
          // One file at a time: some tests own nodes for a moment (test-…), and counts elsewhere must not see them.
          fileParallelism: false,
          env: { NODE_ENV: "test" },
          setupFiles: ["reflect-metadata"],
          testTimeout: 30_000,
          hookTimeout: 240_000,
        },
      },
      {
        // Tests that write to the shared test database run after the read-only ones (which assert exact counts).
        resolve,
        test: {
          name: "writes",
          include: ["test/writes/**/*.int.test.ts"],
          globalSetup: ["test/setup/neo4j.global.ts"],
          env: { NODE_ENV: "test" },
          setupFiles: ["reflect-metadata"],
          testTimeout: 30_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Tests that add nodes with the real labels (the synthetic-graph generator) would change the counts other
        // tests assert, so they run alone, after the read-only and the write groups.
        resolve,
        test: {
          name: "integration-exclusive",
          include: ["test/integration-exclusive/**/*.int.test.ts"],
          globalSetup: ["test/setup/neo4j.global.ts"],
          env: { NODE_ENV: "test" },
          setupFiles: ["reflect-metadata"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 2 },
        },
      },
      {
        // Fault tests stop, pause and restart a Neo4j of their own (ports 27688/27475 by default), one file at a time.
        resolve,
        test: {
          name: "faults",
          include: ["test/faults/**/*.int.test.ts"],
          env: { NODE_ENV: "test" },
          setupFiles: ["reflect-metadata"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
