// Curation: add sources (and optionally a note or specimen) to the existing claims of one level between two nodes.
// Parameters: $from, $to, $level, $sources, $note, $specimen. Labels and types from the allow-list.
// Returns one row per claim updated { key, before, rel }; none when no such claim exists.
// Browser: template — the server fills its slots (labels, types, bounds) from the allow-list; replace them first.
// In Neo4j Browser: :param from => 'ALK-G1202R'; :param to => 'lorlatinib'; :param level => 'PRECLINICAL'; :param sources => ['PMID:27432227']; :param note => null; :param specimen => null;
MATCH (a:{{fromLabel}} {id: $from})-[r:{{type}}]->(b:{{toLabel}} {id: $to})
WHERE r.evidenceLevel = $level
WITH r, properties(r) AS before
SET r.sources = before.sources + [s IN $sources WHERE NOT s IN before.sources],
    r.note = coalesce($note, r.note),
    r.specimen = coalesce($specimen, r.specimen)
RETURN r.key AS key, before, properties(r) AS rel
