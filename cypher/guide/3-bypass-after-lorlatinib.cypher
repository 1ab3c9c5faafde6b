// guide/3: Which ALK-independent mechanisms were found at resistance to lorlatinib, and what overcomes them?
// Browser: runs as is.
MATCH (m:ResistanceMechanism)-[r:CONFERS_RESISTANCE_TO]->(:Drug {id: 'lorlatinib'})
OPTIONAL MATCH (t)-[o:OVERCOMES]->(m)
RETURN m.name AS mechanism, m.category AS category, m.plasmaDetectable AS plasmaDetectable,
       r.sources AS sources, collect(t.name) AS overcomeBy
ORDER BY mechanism
