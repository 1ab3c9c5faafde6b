// stats/degree-in: how many {{type}} relationships reach {{fromLabel}} nodes, and the most that reach one node.
// The translator reads it (src/translate/hub-hints.ts): a relationship field whose nodes all have few such edges
// is compiled without the hub walk of related/edges-in.cypher, whose machinery costs more than sorting them.
// The total comes from the count store; the nodes are scanned (one degree read each) only when the total is over
// $min (no node can have more edges than all of them together) and differs from $known, the total of the last read
// (the server re-reads every minute: an unchanged graph costs it one count-store read per kind).
// Parameters: $min (the degree below which a node is never read as a hub), $known (the last total, or -1).
// Slots (allow-listed): {{fromLabel}}, {{type}}.
// Returns one row: { total, maxDegree } (maxDegree null when the nodes were not scanned).
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param min => 256; :param known => -1;
CALL () {
  MATCH (:{{fromLabel}})<-[r:{{type}}]-()
  RETURN count(r) AS total
}
OPTIONAL CALL (total) {
  WITH total WHERE total > $min AND total <> $known
  MATCH (n:{{fromLabel}})
  RETURN max(COUNT { (n)<-[:{{type}}]-() }) AS maxDegree
}
RETURN total, maxDegree
