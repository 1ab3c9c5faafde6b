/** npm run sources — writes schema/sources.md (every publication and trial the dataset cites) from data/. */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../src/config.js";
import { renderSources } from "../src/seed/sources.js";
import { loadDataset } from "../src/seed/validate.js";

const dataDir = path.join(ROOT, "data");
const out = path.join(ROOT, "schema", "sources.md");
const data = loadDataset(dataDir);
fs.writeFileSync(out, renderSources(data, dataDir));
console.log(
  `wrote ${path.relative(ROOT, out)}: ${data.publications.length} publications, ${data.trials.length} trials`,
);
