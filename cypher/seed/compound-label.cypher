// Seed: give compound mutations their second label (they are Variants too, so every variant query sees them).
// Parameters: $ids = compound mutation ids.
// Browser: runs as is once its parameters are set (:param lines below).
// In Neo4j Browser: :param ids => ['ALK-G1202R+L1196M'];
UNWIND $ids AS id
MATCH (n:Variant {id: id})
SET n:CompoundMutation
