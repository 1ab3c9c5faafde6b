import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../../src/config.js";
import { renderSources } from "../../src/seed/sources.js";
import { loadDataset } from "../../src/seed/validate.js";

const dataDir = path.join(ROOT, "data");

it("schema/sources.md lists the sources data/ holds (run `npm run sources` after changing data)", () => {
  const committed = fs.readFileSync(path.join(ROOT, "schema", "sources.md"), "utf8");
  expect(renderSources(loadDataset(dataDir), dataDir)).toBe(committed);
});

it("schema/sources.md names every publication and trial with a link", () => {
  const data = loadDataset(dataDir);
  const text = renderSources(data, dataDir);
  for (const p of data.publications)
    expect(text).toContain(p.pmid ? `pubmed.ncbi.nlm.nih.gov/${p.pmid}/` : `doi.org/${p.doi}`);
  for (const t of data.trials) expect(text).toContain(`clinicaltrials.gov/study/${t.id})`);
});
