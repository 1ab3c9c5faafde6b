import fs from "node:fs";
import { LineCounter, parseDocument, isNode, type Document } from "yaml";

/** A parsed data file that can say on which line any value stands, for error messages a reviewer can follow. */
export interface DataFile {
  file: string;
  value: unknown;
  lineOf(path: readonly (string | number)[]): number;
}

export class DataError extends Error {
  override name = "DataError";
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s) in the data files:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

export function readDataFile(file: string, displayName: string): DataFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(fs.readFileSync(file, "utf8"), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new DataError(
      doc.errors.map((e) => `${displayName}:${e.linePos?.[0]?.line ?? 1}: YAML: ${e.message.split("\n")[0]}`),
    );
  }
  const lineOf = (path: readonly (string | number)[]): number => {
    // Walk up to the nearest node that exists (a missing property points at its parent object).
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { file: displayName, value: doc.toJS(), lineOf };
}
