import type { CellRow } from "../modules/matrix/matrix.service.js";
import type { EvidenceLevel } from "../modules/shared/enums.js";
import type { ExportNode, ExportRelationship } from "../modules/export/export.repository.js";

/**
 * Text of the exports, one record at a time (the router streams them). Pure functions, tested without a database.
 */

/** A stored value as plain JSON: Neo4j temporal and spatial values become their ISO text. */
export function plain(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(plain);
  if (Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return String(value);
}

/** A matrix cell decided at one evidence level (activityMatrix with `level`), as the exports write it. */
export type ExportCell = Pick<CellRow, "drug" | "variant" | "activity" | "ic50nM" | "sources"> & {
  level: EvidenceLevel;
};

/** A cell as the GraphQL selection `{ drug { id name } variant { id name } activity ic50nM level sources }`. */
export function cellJson(cell: ExportCell) {
  return {
    drug: { id: cell.drug.id, name: cell.drug.name as string },
    variant: { id: cell.variant.id, name: cell.variant.name as string },
    activity: cell.activity,
    ic50nM: cell.ic50nM,
    level: cell.level,
    sources: cell.sources,
  };
}

export const ACTIVITY_TSV_COLUMNS = [
  "drug_id",
  "drug",
  "variant_id",
  "variant",
  "activity",
  "ic50_nM",
  "level",
  "sources",
] as const;

// TSV has no quoting: a tab or line break inside a value would shift columns, so it becomes a space.
const tsvField = (value: unknown) =>
  value === null || value === undefined ? "" : String(value).replace(/[\t\r\n]+/g, " ");

export function tsvRow(values: readonly unknown[]): string {
  return `${values.map(tsvField).join("\t")}\n`;
}

export function cellTsv(cell: ExportCell): string {
  const c = cellJson(cell);
  return tsvRow([
    c.drug.id,
    c.drug.name,
    c.variant.id,
    c.variant.name,
    c.activity,
    c.ic50nM,
    c.level,
    c.sources.join(","),
  ]);
}

const xml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot carry at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/** A property value as GraphML data: text as is, numbers and booleans as written, lists as JSON. */
function graphmlValue(value: unknown): string {
  const v = plain(value);
  return typeof v === "string" ? v : JSON.stringify(v);
}

/**
 * GraphML header: keys are declared before the graph (the format requires it). Every property is a string key,
 * except that nodes also get `labels` and `name` (what yEd, Gephi and Cytoscape show) and edges `type`.
 */
export function graphmlHead(nodeKeys: readonly string[], relationshipKeys: readonly string[]): string {
  const key = (id: string, target: "node" | "edge", name: string) =>
    `  <key id="${xml(id)}" for="${target}" attr.name="${xml(name)}" attr.type="string"/>\n`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    key("labels", "node", "labels") +
    nodeKeys.map((k) => key(`n_${k}`, "node", k)).join("") +
    key("type", "edge", "type") +
    relationshipKeys.map((k) => key(`e_${k}`, "edge", k)).join("") +
    '  <graph id="alk-resistance-graph" edgedefault="directed">\n'
  );
}

const dataLines = (prefix: string, properties: Record<string, unknown>) =>
  Object.keys(properties)
    .sort()
    .filter((k) => properties[k] !== null && properties[k] !== undefined)
    .map((k) => `      <data key="${xml(prefix + k)}">${xml(graphmlValue(properties[k]))}</data>\n`)
    .join("");

export function graphmlNode(node: ExportNode): string {
  return (
    `    <node id="${xml(node.id)}">\n` +
    `      <data key="labels">${xml(node.labels.join(":"))}</data>\n` +
    dataLines("n_", node.properties) +
    "    </node>\n"
  );
}

export function graphmlEdge(rel: ExportRelationship, index: number): string {
  return (
    `    <edge id="e${index}" source="${xml(rel.from)}" target="${xml(rel.to)}">\n` +
    `      <data key="type">${xml(rel.type)}</data>\n` +
    dataLines("e_", rel.properties) +
    "    </edge>\n"
  );
}

export const GRAPHML_TAIL = "  </graph>\n</graphml>\n";
