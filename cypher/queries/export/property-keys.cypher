// export/property-keys: the property names used by entities and by the relationships between them, which GraphML
// must declare before the first node. Parameters: none. Returns one row: { nodeKeys, relationshipKeys } (unordered).
// Browser: runs as is.
CALL () {
  MATCH (n:Entity) UNWIND keys(n) AS k
  RETURN collect(DISTINCT k) AS nodeKeys
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity) UNWIND keys(r) AS k
  RETURN collect(DISTINCT k) AS relationshipKeys
}
RETURN nodeKeys, relationshipKeys
