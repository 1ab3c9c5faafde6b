/** npm run coverage — prints the standard drug × mutation matrix and counts, and writes schema/coverage.md. */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../src/config.js";
import { renderCoverage, renderCoverageText } from "../src/seed/coverage.js";
import { loadDataset } from "../src/seed/validate.js";

const data = loadDataset(path.join(ROOT, "data"));
const out = path.join(ROOT, "schema", "coverage.md");
fs.writeFileSync(out, renderCoverage(data));
console.log(renderCoverageText(data));
console.log(`\nwrote ${path.relative(ROOT, out)}`);
