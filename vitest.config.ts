import { defineConfig } from "vitest/config";

// graphql 16 ships CJS (index.js) and ESM (index.mjs). type-graphql requires the CJS build, and Node's own
// resolver also picks it, so Vite must too: two copies of graphql cannot share a schema.
const alias = { graphql: "graphql/index.js" };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["test/unit/**/*.test.ts", "test/tck/**/*.test.ts"] },
      },
    ],
  },
});
