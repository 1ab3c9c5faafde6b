import { claimValues } from "../modules/claims/claim-edges.js";
import { encodeCursor, type SortKey } from "../modules/shared/connection.js";
import { evidenceOf } from "../modules/shared/evidence.type.js";
import { COMPUTED } from "./computed.js";
import type { GraphNode } from "../modules/shared/graph-node.js";
import { typeNameOf } from "../modules/shared/unions.js";
import type {
  BranchPlan,
  ConnectionPlan,
  EvidencePlan,
  FieldPlan,
  NodePlan,
  ObjectPlan,
  SearchPlan,
  SubPlan,
} from "./plan.js";

// Result: the row Neo4j returned → the tree GraphQL reads. Every object here is keyed by response key (alias or
// field name) and marked SHAPED, so the schema's field resolvers read it as a plain property (shaped-fields.ts).

export const SHAPED = Symbol("shaped");
type Raw = Record<string, unknown>;
export type Shaped = Record<string | symbol, unknown>;

function shaped(): Shaped {
  return { [SHAPED]: true };
}

export function shapeNode(plan: NodePlan, raw: Raw): Shaped {
  const out = shaped();
  if (plan.labels) out.__labels = raw.__labels;
  for (const field of plan.fields) out[field.key] = fieldValue(field, raw);
  return out;
}

function fieldValue(field: FieldPlan, raw: Raw): unknown {
  switch (field.kind) {
    case "property":
      return raw[field.name] ?? null;
    case "computed": {
      const value = COMPUTED[field.name]!.compute(raw);
      return field.sub ? shapeObject(field.sub, value) : value;
    }
    case "evidence":
      return shapeEvidence(field.plan, raw, raw);
    case "relation":
      return relationValue(field, raw);
    case "categoryCounts":
      return countByCategory(raw[field.id]).map((count) => shapeObject(field.sub, count));
    case "arms":
      return armsValue(field.arms, raw);
    case "outcomeTherapy":
      return first(field.drug, raw) ?? first(field.regimen, raw);
    case "outcomeTrial":
      return first(field.trial, raw);
  }
}

function relationValue(field: Extract<FieldPlan, { kind: "relation" }>, raw: Raw): unknown {
  const items = field.branches.flatMap((branch, index) => {
    const value = raw[`${field.id}_${index}`];
    const { end } = branch;
    if (end?.scalar) {
      const name = end.scalar;
      return (Array.isArray(value) ? value : []).map((v: unknown) => shapeEnd(branch, { [name]: v }));
    }
    let rows = list(value);
    if (field.map.unique) rows = uniqueRows(rows);
    return rows.map((row) => (end ? shapeEnd(branch, row) : shapeItem(branch, row)));
  });
  return field.map.single ? (items[0] ?? null) : items;
}

function uniqueRows(rows: Raw[]): Raw[] {
  const seen = new Set<unknown>();
  return rows.filter((row) => {
    if (seen.has(row.id)) return false;
    seen.add(row.id);
    return true;
  });
}

/** An item that is the other end alone (BranchPlan.end): the node, or a claim holding only that node. */
function shapeEnd(branch: BranchPlan, row: Raw): Shaped {
  if (branch.node) return shapeNode(branch.node, row);
  const out = shaped();
  for (const field of branch.claim!.fields) if (field.kind === "other") out[field.key] = shapeNode(field.plan, row);
  return out;
}

function shapeItem(branch: BranchPlan, row: Raw): Shaped {
  const claim = branch.claim!;
  const rel = (row.rel as Raw | undefined) ?? {};
  const out = shaped();
  let leaves: Raw | undefined;
  for (const field of claim.fields) {
    if (field.kind === "parent") out[field.key] = shapeNode(field.plan, row.parent as Raw);
    else if (field.kind === "other") out[field.key] = shapeNode(field.plan, row.other as Raw);
    else if (field.kind === "evidence") out[field.key] = shapeEvidence(field.plan, rel, row);
    else if (field.kind === "leaf") {
      // The same conversions the claim builders of the field resolvers apply (numbers and strings or null).
      leaves ??= claimValues(rel);
      out[field.key] = leaves[field.name] ?? null;
    }
  }
  return out;
}

/** Evidence built from the claim's (or outcome's) properties; its papers and trials from `columns`. */
function shapeEvidence(plan: EvidencePlan, properties: Raw, columns: Raw): Shaped {
  const evidence = evidenceOf(properties) as unknown as Raw;
  const out = shapeObject(plan, evidence)!;
  for (const sub of plan.publications) out[sub.key] = list(columns[sub.id]).map((n) => shapeNode(sub.plan, n));
  for (const sub of plan.trials) out[sub.key] = list(columns[sub.id]).map((n) => shapeNode(sub.plan, n));
  return out;
}

export function shapeObject(plan: ObjectPlan, value: unknown): Shaped | null {
  if (value === null || value === undefined) return null;
  const source = value as Raw;
  const out = shaped();
  for (const field of plan.fields) {
    const v = source[field.name] ?? null;
    if (!field.sub || v === null) out[field.key] = v;
    else out[field.key] = Array.isArray(v) ? v.map((item) => shapeObject(field.sub!, item)) : shapeObject(field.sub, v);
  }
  return out;
}

function armsValue(arms: Extract<FieldPlan, { kind: "arms" }>["arms"], raw: Raw): Shaped[] {
  const labels = (raw.armLabels as string[] | null | undefined) ?? [];
  const drugEdges = list(raw[arms.drugsId]);
  const outcomeEdges = list(raw[arms.outcomesId]);
  return labels.map((label, index) => {
    const out = shaped();
    for (const field of arms.fields) {
      if (field.kind === "label") out[field.key] = label;
      else if (field.kind === "drugs")
        out[field.key] = drugEdges.filter((e) => e.arm === index).map((e) => shapeNode(field.plan, e.node as Raw));
      else
        out[field.key] = outcomeEdges.filter((e) => e.arm === label).map((e) => shapeNode(field.plan, e.node as Raw));
    }
    return out;
  });
}

/** { category, count } per category of the mechanisms' categories, in category order. */
function countByCategory(value: unknown): { category: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const category of Array.isArray(value) ? (value as string[]) : []) {
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts.keys()].sort().map((category) => ({ category, count: counts.get(category)! }));
}

function first(sub: SubPlan, raw: Raw): Shaped | null {
  const row = list(raw[sub.id])[0];
  return row ? shapeNode(sub.plan, row) : null;
}

function list(value: unknown): Raw[] {
  return Array.isArray(value) ? (value as Raw[]) : [];
}

/** A connection from its row { total?, nodes } (limit + 1 nodes read, so a next page shows as one extra node). */
export function shapeConnection(plan: ConnectionPlan, row: Raw | undefined, limit: number, sortBy: SortKey): Shaped {
  const nodes = list(row?.nodes);
  const page = nodes.slice(0, limit);
  const cursor = (node: Raw) =>
    encodeCursor({ orderBy: sortBy, value: String(node[sortBy] ?? ""), id: String(node.id) });
  const out = shaped();
  for (const field of plan.fields) {
    if (field.kind === "totalCount") out[field.key] = Number(row?.total ?? 0);
    else if (field.kind === "pageInfo") {
      const last = page[page.length - 1];
      out[field.key] = shapeObject(field.sub, {
        hasNextPage: nodes.length > limit,
        endCursor: last ? cursor(last) : null,
      });
    } else {
      out[field.key] = page.map((node) => {
        const edge = shaped();
        for (const f of field.fields) edge[f.key] = f.kind === "cursor" ? cursor(node) : shapeNode(f.plan, node);
        return edge;
      });
    }
  }
  return out;
}

/** A search hit from its row { score, entity }: the entity shaped by the plan of its own type. */
export function shapeSearchHit(plan: SearchPlan, row: Raw): Shaped {
  const entity = row.entity as Raw;
  const kind = typeNameOf(entity as unknown as GraphNode);
  const out = shaped();
  for (const field of plan.fields) {
    if (field.kind === "score") out[field.key] = row.score;
    else if (field.kind === "kind") out[field.key] = kind;
    else if (field.kind === "entity") out[field.key] = shapeNode(field.plans[kind]!, entity);
  }
  return out;
}
