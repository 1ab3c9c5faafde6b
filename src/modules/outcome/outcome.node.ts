import type { OutcomeRecord } from "../reasoning/outcomes.js";
import { toGraphNode, type GraphNode } from "../shared/loaders.js";

/** An Outcome node with every field the rules read present (a property Neo4j does not store comes back null). */
export function outcomeNode(props: Record<string, unknown>): GraphNode & OutcomeRecord {
  const fields = [
    "line",
    "priorTherapies",
    "priorGeneration",
    "alkMutation",
    "specimen",
    "mechanisms",
    "patients",
  ] as const;
  const numbers = ["orrPercent", "medianPfsMonths"] as const;
  const filled = Object.fromEntries([...fields, ...numbers].map((f) => [f, props[f] ?? null]));
  return toGraphNode({ ...props, ...filled }, ["Outcome"]) as GraphNode & OutcomeRecord;
}
