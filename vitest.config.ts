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
          include: ["test/unit/**/*.test.ts", "test/tck/**/*.test.ts"],
          env: { NODE_ENV: "test" },
          setupFiles: ["reflect-metadata"],
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["test/integration/**/*.int.test.ts"],
          globalSetup: ["test/setup/neo4j.global.ts"],
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
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
