/**
 * What resolvers pass around: a node's properties as Neo4j stores them, plus its labels (to resolve unions and
 * interfaces). GraphQL object types read their fields straight from these properties.
 */
export interface GraphNode {
  id: string;
  __labels: string[];
  [property: string]: unknown;
}

export function hasLabel(node: GraphNode, label: string): boolean {
  return node.__labels.includes(label);
}
