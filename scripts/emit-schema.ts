/** npm run schema:emit — writes schema/schema.graphql from the code (a test fails when the file drifts). */
import fs from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { ROOT } from "../src/config.js";
import { createSchema } from "../src/schema.js";

const file = path.join(ROOT, "schema", "schema.graphql");
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${printSchema(await createSchema())}\n`);
console.log(`wrote ${path.relative(ROOT, file)}`);
