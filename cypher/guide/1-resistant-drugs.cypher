// guide/1: Which drugs does ALK G1202R make tumours resistant to, and on what evidence?
// Browser: runs as is.
MATCH (v:Variant {id: 'ALK-G1202R'})-[r:CONFERS_RESISTANCE_TO]->(d:Drug)
RETURN d.name AS drug, r.evidenceLevel AS level, r.frequencyPercent AS frequencyPercent, r.sources AS sources
ORDER BY drug, level
