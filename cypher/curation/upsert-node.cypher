// Curation: create or update one node from a curator's record, keeping what it was before (for the audit event).
// Parameters: $id, $props (properties as the seed would write them, without origin). Label from the allow-list.
// Returns one row { before: map or null when created, node: map, labels }. MERGE on the stable id: a second write
// of the same record updates the node, it never duplicates it. `origin` is set only when the node is new.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param id => 'example'; :param props => {name: 'Example'};
OPTIONAL MATCH (old:{{label}} {id: $id})
WITH properties(old) AS before
MERGE (n:{{label}} {id: $id})
ON CREATE SET n.origin = 'api'
SET n:Entity, n += $props
RETURN before, properties(n) AS node, labels(n) AS labels
