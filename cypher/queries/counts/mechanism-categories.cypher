// counts/mechanism-categories: how many resistance mechanisms the graph holds per category.
// Parameters: none. Returns: { category, count } rows in alphabetical order of category.
// Browser: runs as is.
MATCH (m:ResistanceMechanism)
RETURN m.category AS category, count(m) AS count
ORDER BY category
