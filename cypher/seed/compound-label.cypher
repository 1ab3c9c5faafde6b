// Seed: give compound mutations their second label (they are Variants too, so every variant query sees them).
// Parameters: $ids = compound mutation ids.
UNWIND $ids AS id
MATCH (n:Variant {id: id})
SET n:CompoundMutation
