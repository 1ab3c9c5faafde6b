// guide/2: How does a compound mutation differ from its components? G1202R+L1196M against each drug.
// Browser: runs as is.
MATCH (c:CompoundMutation {id: 'ALK-G1202R+L1196M'})-[:HAS_COMPONENT]->(part:Variant)
MATCH (d:Drug) WHERE d.drugClass = 'ALK_TKI'
OPTIONAL MATCH (c)-[rc:SENSITIVE_TO|CONFERS_RESISTANCE_TO]->(d)
OPTIONAL MATCH (part)-[rp:SENSITIVE_TO|CONFERS_RESISTANCE_TO]->(d)
WITH d, collect(DISTINCT rc.activity) AS compound, collect(DISTINCT part.name + ': ' + rp.activity) AS components
WHERE size(compound) > 0 OR size(components) > 0
RETURN d.name AS drug, compound, components
ORDER BY drug
