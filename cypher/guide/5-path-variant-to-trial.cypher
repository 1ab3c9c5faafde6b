// guide/5: How is ALK G1202R connected to the CROWN trial? The shortest chain of claims, at most 6 hops.
// Browser: runs as is.
MATCH (v:Variant {id: 'ALK-G1202R'}), (t:ClinicalTrial {id: 'NCT03052608'})
MATCH p = shortestPath((v)-[:CONFERS_RESISTANCE_TO|SENSITIVE_TO|TESTS*..6]-(t))
RETURN p
