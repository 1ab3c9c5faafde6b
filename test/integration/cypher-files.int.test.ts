import fs from "node:fs";
import path from "node:path";
import type { Notification } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CYPHER_DIR, cypherTemplate, statements, statementText, type Identifiers } from "../../src/db/cypher.js";
import { toCypherValue } from "../../src/db/executor.js";
import { openTestGraph, type TestGraph } from "../helpers/graph.js";

/**
 * Every `.cypher` file under cypher/ is planned by the real Neo4j (EXPLAIN: parsed and planned, never run), with
 * parameters of the right types, so a syntax or planning error in any file fails here and not in production.
 * Each header says whether Browser can run the file as is (`// Browser: runs as is…`) or whether it is a
 * template whose `{{slots}}` the server fills (`// Browser: template…`); the header's `:param` lines are the
 * parameters, evaluated by Neo4j itself, so what Browser users paste is what is tested.
 */

/** Allow-listed example values for each template's slots (the server fills them from src/graph/model.ts). */
const SLOTS: Record<string, Identifiers> = {
  "curation/add-evidence": { fromLabel: "Variant", toLabel: "Drug", type: ["SENSITIVE_TO"] },
  "curation/audit": { label: "Drug" },
  "curation/upsert-node": { label: "Drug" },
  "curation/upsert-relationships": { fromLabel: "Variant", toLabel: "Drug", type: "SENSITIVE_TO" },
  "queries/lookup/by-name": { label: "Drug" },
  "queries/nodes/by-ids": { label: "Drug" },
  "queries/nodes/page": {
    label: "ClinicalTrial",
    filters: { filterOn: "ClinicalTrial", properties: ["phase"] },
    sortBy: { sortBy: "name" },
  },
  "queries/paths/all": { types: ["CONFERS_RESISTANCE_TO", "SENSITIVE_TO", "TESTS"], maxHops: 3 },
  "queries/paths/all-by-id": { types: ["CONFERS_RESISTANCE_TO", "SENSITIVE_TO", "TESTS"], maxHops: 3 },
  "queries/paths/shortest": { types: ["TARGETS", "VARIANT_OF", "CONFERS_RESISTANCE_TO"], maxHops: 6 },
  "queries/paths/shortest-by-id": { types: ["TARGETS", "VARIANT_OF", "CONFERS_RESISTANCE_TO"], maxHops: 6 },
  "queries/related/edges-in": { fromLabel: "Drug", toLabel: "Variant", type: "CONFERS_RESISTANCE_TO" },
  "queries/related/edges-out": { fromLabel: "Variant", toLabel: "Drug", type: "CONFERS_RESISTANCE_TO" },
  "queries/stats/degree-in": { fromLabel: "Drug", type: ["CONFERS_RESISTANCE_TO", "SENSITIVE_TO"] },
  "queries/stats/degree-out": { fromLabel: "Variant", type: ["CONFERS_RESISTANCE_TO", "SENSITIVE_TO"] },
  "seed/nodes": { label: "Drug" },
  "seed/relationships": { fromLabel: "Variant", toLabel: "Drug", type: "SENSITIVE_TO" },
  "synthetic/delete-batch": { label: "Drug" },
  "synthetic/delete-relationships-batch": { label: "Drug" },
};

/**
 * Warnings that mean a broken file: a parameter the header does not declare, a procedure the database lacks.
 * (Labels and types are held to src/graph/model.ts by the allow-list test; an unknown-type warning here would
 * only mean that this database has no such relationship yet, e.g. CHANGED before the first audited write.)
 */
const FATAL = /ParameterNotProvided|ProcedureWarning/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return entry.name.endsWith(".cypher") ? [full] : [];
  });
}

const ALL = files(CYPHER_DIR)
  .map((file) =>
    path
      .relative(CYPHER_DIR, file)
      .replace(/\\/g, "/")
      .replace(/\.cypher$/, ""),
  )
  .sort();

const uncommented = (text: string) =>
  text
    .split("\n")
    .filter((line) => !line.startsWith("//"))
    .join("\n");

/** The file, its header lines, its code, and the statement the server runs (slots filled for a template). */
function read(name: string) {
  const text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
  const header = text.split("\n").filter((line) => line.startsWith("//"));
  const query = Object.hasOwn(SLOTS, name) ? cypherTemplate(name, SLOTS[name]!).text : statementText(name);
  return { header, code: uncommented(text), query };
}

/**
 * Line numbers of whole-line `//` comments that sit inside a string literal of the code (a string spanning lines):
 * the server sends each file without its comment lines, which would cut such a string.
 */
function commentsInStrings(text: string): number[] {
  let quote: string | null = null;
  const inside: number[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim().startsWith("//")) {
      if (quote) inside.push(index + 1);
      return;
    }
    for (let k = 0; k < line.length; k += 1) {
      const ch = line[k]!;
      if (quote) {
        if (ch === "\\") k += 1;
        else if (ch === quote) quote = null;
      } else if (ch === "'" || ch === '"' || ch === "`") quote = ch;
      else if (ch === "/" && line[k + 1] === "/") break;
    }
  });
  return inside;
}

/** `:param name => <Cypher literal>` entries of the header, in order. */
function paramLiterals(header: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of header) {
    for (const match of line.matchAll(/:param (\w+) => (.*?)(?=;|$)/g)) found.set(match[1]!, match[2]!.trim());
  }
  return found;
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

async function evaluate(literals: Map<string, string>): Promise<Record<string, unknown>> {
  if (literals.size === 0) return {};
  const map = [...literals].map(([name, literal]) => `${name}: ${literal}`).join(", ");
  const [row] = await graph.executor.read({ name: "test/param-literals", text: `RETURN {${map}} AS params` });
  return row!.params as Record<string, unknown>;
}

async function explain(text: string, params: Record<string, unknown>): Promise<Notification[]> {
  const session = graph.driver.session();
  try {
    const result = await session.run(`EXPLAIN ${text}`, toCypherValue(params) as Record<string, unknown>);
    return result.summary.notifications;
  } finally {
    await session.close();
  }
}

it("finds the query files (guide, queries, curation, seed, schema, synthetic)", () => {
  expect(ALL.length).toBeGreaterThan(40);
  expect(new Set(ALL.map((n) => n.split("/")[0]))).toEqual(
    new Set(["curation", "guide", "queries", "schema", "seed", "synthetic"]),
  );
});

it("finds a comment line inside a string that spans lines, and none after a closed one or a trailing comment", () => {
  expect(commentsInStrings("RETURN 'a\n// inside\n' AS s")).toEqual([2]);
  expect(commentsInStrings("RETURN \"it's\" AS s // a trailing 'note\n// outside\nRETURN 1")).toEqual([]);
});

describe.each(ALL)("cypher/%s.cypher", (name) => {
  it("says in its header whether Browser runs it as is, and declares every parameter with :param", () => {
    const { header, code } = read(name);
    const tags = header.filter((line) => line.startsWith("// Browser: "));
    expect(tags, "one `// Browser: …` line").toHaveLength(1);
    const templated = code.includes("{{");
    expect(tags[0]).toMatch(templated ? /^\/\/ Browser: template\b/ : /^\/\/ Browser: runs as is\b/);
    expect(Object.hasOwn(SLOTS, name), "example slots in SLOTS above exactly for templates").toBe(templated);
    const used = [...new Set([...uncommented(read(name).query).matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();
    expect([...paramLiterals(header).keys()].sort()).toEqual(used);
  });

  it("is sent without its comment lines, none of which is inside a string", () => {
    const text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
    expect(commentsInStrings(text)).toEqual([]);
    const sent = read(name).query.split("\n");
    expect(sent.filter((line) => line.trim().startsWith("//"))).toEqual([]);
    const code = text.split("\n").filter((line) => !line.trim().startsWith("//"));
    expect(statementText(name)).toBe(code.join("\n").trim());
  });

  it("is planned by Neo4j (EXPLAIN) without errors or warnings of unknown names", async () => {
    const { header, query } = read(name);
    const params = await evaluate(paramLiterals(header));
    const parts = name.startsWith("schema/") ? statements(query) : [query];
    for (const part of parts) {
      const notifications = await explain(part, params);
      const fatal = notifications.filter((n) => FATAL.test(n.code)).map((n) => `${n.code}: ${n.description}`);
      expect(fatal).toEqual([]);
    }
  });
});
