// matrix/cells: the drugs and variants of an activity matrix and every activity claim between them, in one round
// trip. Names are found through the `keysText` TEXT indexes (CONTAINS "|key|"), as lookups do; an omitted list
// defaults to every ALK TKI (drugs, by name) or every variant with an activity claim (variants, by id).
// Parameters: $drugs = null or [{input, keys, needles}] (keys = [nameKey]), $variants = null or
//             [{input, keys, needles}] (keys from variantQueryKeys), $level = null, 'CLINICAL' or 'PRECLINICAL'.
// Returns one row: { drugs: [{input, node}], variants: [{input, found: {node, labels}}],
//                    claims: [{drugId, variantId, variant, rel}] } (node / found null for a name the graph lacks).
// In Neo4j Browser: :param drugs => null; :param variants => null; :param level => null;
// Browser: runs as is once its parameters are set (:param lines below).
WITH
  CASE WHEN $drugs IS NULL THEN COLLECT {
    MATCH (d:Drug) WHERE d.drugClass = 'ALK_TKI'
    WITH d ORDER BY d.name
    RETURN {input: d.name, node: properties(d)}
  }
  ELSE [x IN $drugs | {input: x.input, node: head(COLLECT {
    UNWIND x.needles AS needle
    MATCH (d:Drug) WHERE d.keysText CONTAINS needle
    WITH DISTINCT d ORDER BY CASE WHEN d.nameKey IN x.keys THEN 0 ELSE 1 END, d.id
    RETURN properties(d)
  })}] END AS drugs,
  CASE WHEN $variants IS NULL THEN COLLECT {
    MATCH (v:Variant) WHERE EXISTS { (v)-[:SENSITIVE_TO|CONFERS_RESISTANCE_TO]->(:Drug) }
    WITH v ORDER BY v.id
    RETURN {input: v.name, found: {node: properties(v), labels: labels(v)}}
  }
  ELSE [x IN $variants | {input: x.input, found: head(COLLECT {
    UNWIND x.needles AS needle
    MATCH (v:Variant) WHERE v.keysText CONTAINS needle
    WITH DISTINCT v ORDER BY CASE WHEN v.nameKey IN x.keys THEN 0 ELSE 1 END, v.id
    RETURN {node: properties(v), labels: labels(v)}
  })}] END AS variants
WITH drugs, variants,
     [x IN drugs WHERE x.node IS NOT NULL | x.node.id] AS drugIds,
     [x IN variants WHERE x.found IS NOT NULL | x.found.node.id] AS variantIds
RETURN drugs, variants, COLLECT {
  MATCH (v:Variant)-[r:SENSITIVE_TO|CONFERS_RESISTANCE_TO]->(d:Drug)
  WHERE v.id IN variantIds AND d.id IN drugIds AND ($level IS NULL OR r.evidenceLevel = $level)
  WITH v, d, r ORDER BY v.id, d.id, r.evidenceLevel, r.key
  RETURN {drugId: d.id, variantId: v.id, variant: v.fullName, rel: properties(r)}
} AS claims
