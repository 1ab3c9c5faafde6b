import { cypher } from "../../db/cypher.js";
import type { Executor } from "../../db/executor.js";

/** A node as /export/graph.json writes it: its kinds (labels without the technical Entity) and every property. */
export interface ExportNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ExportRelationship {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** Property names used by nodes and by relationships, sorted (GraphML declares them before the graph). */
export async function readPropertyKeys(executor: Executor): Promise<{ node: string[]; relationship: string[] }> {
  const [row] = await executor.read(cypher("queries/export/property-keys"));
  const sorted = (keys: unknown) => [...((keys as string[] | undefined) ?? [])].sort();
  return { node: sorted(row?.nodeKeys), relationship: sorted(row?.relationshipKeys) };
}

export function streamNodes(executor: Executor, onNode: (node: ExportNode) => void | Promise<void>): Promise<number> {
  return executor.stream(cypher("queries/export/nodes"), {}, (row) => onNode(row as unknown as ExportNode));
}

export function streamRelationships(
  executor: Executor,
  onRelationship: (rel: ExportRelationship) => void | Promise<void>,
): Promise<number> {
  return executor.stream(cypher("queries/export/relationships"), {}, (row) =>
    onRelationship(row as unknown as ExportRelationship),
  );
}
