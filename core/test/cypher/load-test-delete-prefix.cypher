// load-test-delete-prefix (tests only): deletes the nodes whose id starts with $prefix, and their links.
// Refuses (deletes nothing) unless the prefix is a test prefix: "T-" and at least one more character.
// Params: $prefix. Returns: deleted.
MATCH (n)
WHERE $prefix STARTS WITH 'T-' AND size($prefix) > 2 AND n.id STARTS WITH $prefix
DETACH DELETE n
RETURN count(n) AS deleted
