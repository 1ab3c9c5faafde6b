import fs from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { expect, it } from "vitest";
import { ROOT } from "../../src/config.js";
import { createSchema } from "../../src/schema.js";

it("schema/schema.graphql is the schema the code builds (run `npm run schema:emit` after changing types)", async () => {
  const committed = fs.readFileSync(path.join(ROOT, "schema", "schema.graphql"), "utf8");
  expect(`${printSchema(await createSchema())}\n`).toBe(committed);
});
