import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../config.js";
import {
  assertLabel,
  assertRelType,
  assertSortProperty,
  filterPredicate,
  type Label,
  type RelType,
} from "../graph/model.js";

export const CYPHER_DIR = path.join(ROOT, "cypher");

/** A Cypher statement ready to run: text from a `.cypher` file, values only ever in `params`. */
export interface CypherQuery {
  name: string;
  text: string;
}

const cache = new Map<string, string>();

/** Reads `cypher/<name>.cypher` once per process. */
export function cypherFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

const sent = new Map<string, string>();

/**
 * What is sent to Neo4j for `cypher/<name>.cypher`: the file without its whole-line `//` comments (the header that
 * documents it, often longer than the statement). The driver encodes and Neo4j decodes and hashes the whole text on
 * every run, before its plan cache answers; the query's name travels in the transaction metadata instead.
 */
export function statementText(name: string): string {
  let text = sent.get(name);
  if (text === undefined) {
    text = withoutComments(cypherFile(name));
    sent.set(name, text);
  }
  return text;
}

export function cypher(name: string): CypherQuery {
  return { name, text: statementText(name) };
}

/** Exact-match filters on `n`: rendered as `n.p = $where.p AND …`, with property names from the allow-list. */
export interface Filters {
  filterOn: Label;
  properties: readonly string[];
}

/** The property a list is ordered by (`n.<sortBy>`), from the allow-list SORT_PROPERTIES. */
export interface Sort {
  sortBy: string;
}

export interface Identifiers {
  [slot: string]: Label | RelType | readonly RelType[] | number | Filters | Sort;
}

/** Integer slots (variable-length bounds, which Cypher cannot parameterise) take small whole numbers only. */
export const TEMPLATE_INT_MAX = 10;

/**
 * Fills `{{slot}}` placeholders of a template with labels or relationship types. Cypher cannot take those as
 * parameters, so each one is checked against the graph model's allow-list here; values never pass through this.
 */
export function cypherTemplate(name: string, identifiers: Identifiers): CypherQuery {
  const text = statementText(name).replace(/\{\{(\w+)\}\}/g, (_match, slot: string) => {
    const value = identifiers[slot];
    if (value === undefined) throw new Error(`cypher template ${name}: no value for {{${slot}}}`);
    if (Array.isArray(value)) return value.map(assertRelType).join("|");
    if (typeof value === "number") return String(assertSmallInt(name, slot, value));
    if (typeof value === "object" && "sortBy" in value) return assertSortProperty(value.sortBy);
    if (typeof value === "object") return renderFilters(value as Filters);
    return isRelTypeSlot(slot) ? assertRelType(value as RelType) : assertLabel(value as Label);
  });
  const key = `${name}(${JSON.stringify(identifiers)})`;
  return { name: key, text };
}

// Written out filter by filter (not `n[k] = $where[k]`) so the planner can use the property's index.
function renderFilters({ filterOn, properties }: Filters): string {
  if (properties.length === 0) return "true";
  return properties.map((p) => filterPredicate(filterOn, p)).join(" AND ");
}

function assertSmallInt(name: string, slot: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > TEMPLATE_INT_MAX) {
    throw new Error(`cypher template ${name}: {{${slot}}} must be an integer 0..${TEMPLATE_INT_MAX}, got ${value}`);
  }
  return value;
}

function isRelTypeSlot(slot: string): boolean {
  return slot === "type" || slot.endsWith("Type");
}

/** Splits a schema script into statements (`;` at line end), dropping comment-only chunks. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map(withoutComments)
    .filter((chunk) => chunk.length > 0);
}

/** A statement without its whole-line `//` comments (no .cypher file has `//` inside a string). */
function withoutComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim();
}
