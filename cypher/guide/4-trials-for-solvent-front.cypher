// guide/4: Which trials address the solvent-front mutation G1202R, and which drugs do they test?
// Browser: runs as is.
MATCH (t:ClinicalTrial)-[:ADDRESSES]->(:Variant {id: 'ALK-G1202R'})
MATCH (t)-[:TESTS]->(d:Drug)
RETURN t.id AS trial, t.acronym AS acronym, t.phase AS phase, t.status AS status, collect(DISTINCT d.name) AS drugs
ORDER BY trial
