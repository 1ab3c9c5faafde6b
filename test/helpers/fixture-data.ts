import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const FIXTURE_DATA = path.resolve(import.meta.dirname, "../fixtures/data-min");

/** A throw-away copy of the fixture dataset, with `edits` (file -> new text, or a function of the old text). */
export function fixtureCopy(edits: Record<string, string | ((text: string) => string)> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alk-data-"));
  fs.cpSync(FIXTURE_DATA, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(dir, file);
    const text = typeof edit === "string" ? edit : edit(fs.readFileSync(full, "utf8"));
    fs.writeFileSync(full, text);
  }
  return dir;
}
