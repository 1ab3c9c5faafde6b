import { randomUUID } from "node:crypto";
import type { Actor } from "../../auth/api-keys.js";

type Props = Record<string, unknown>;

// Properties derived from others (lookup keys, search text) or set by the write itself are left out of the diff.
const DERIVED = new Set(["id", "nameKey", "aliasKeys", "keysText", "searchText", "origin", "key"]);
const MAX_CHANGES_CHARS = 8000;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What one write did to one node or relationship: `[before, after]` of each curated property that changed. */
export function diff(before: Props | null, after: Props, prefix = ""): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  // A new relationship may have no properties of its own (VARIANT_OF): its key still records that it was made.
  if (before === null && prefix) changes[prefix.slice(0, -1)] = [null, "created"];
  for (const name of new Set([...Object.keys(before ?? {}), ...Object.keys(after)])) {
    if (DERIVED.has(name)) continue;
    const old = before?.[name] ?? null;
    const now = after[name] ?? null;
    if (!same(old, now)) changes[`${prefix}${name}`] = [old, now];
  }
  return changes;
}

export interface AuditInput {
  actor: Actor;
  operation: string;
  /** A node id, or a claim key for a claim write. */
  entity: string;
  entityType: string;
  subjects: string[];
  sources: string[];
  created: boolean;
  changes: Record<string, [unknown, unknown]>;
}

/** The properties of an AuditEvent node (schema/graph-model.md). */
export function auditEvent(input: AuditInput, at: Date = new Date()): Props {
  let changes = JSON.stringify(input.changes);
  if (changes.length > MAX_CHANGES_CHARS) changes = `${changes.slice(0, MAX_CHANGES_CHARS)}…(truncated)`;
  return {
    id: randomUUID(),
    at: at.toISOString(),
    actor: input.actor.name,
    role: input.actor.role,
    operation: input.operation,
    entity: input.entity,
    entityType: input.entityType,
    subjects: [...new Set(input.subjects)],
    sources: input.sources,
    created: input.created,
    changed: Object.keys(input.changes).sort(),
    changes,
  };
}
