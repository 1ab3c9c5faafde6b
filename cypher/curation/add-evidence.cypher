// Curation: add sources (and optionally a note or specimen) to the existing claims of one level between two nodes.
// Parameters: $from, $to, $level, $sources, $note, $specimen. Labels and types from the allow-list.
// Returns one row per claim updated { key, before, rel }; none when no such claim exists.
MATCH (a:{{fromLabel}} {id: $from})-[r:{{type}}]->(b:{{toLabel}} {id: $to})
WHERE r.evidenceLevel = $level
WITH r, properties(r) AS before
SET r.sources = before.sources + [s IN $sources WHERE NOT s IN before.sources],
    r.note = coalesce($note, r.note),
    r.specimen = coalesce($specimen, r.specimen)
RETURN r.key AS key, before, properties(r) AS rel
