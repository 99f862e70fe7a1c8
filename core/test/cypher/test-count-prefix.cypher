// test-count-prefix: how many nodes have an id starting with $prefix.
// Params: $prefix. Returns: count.
MATCH (n)
WHERE n.id STARTS WITH $prefix
RETURN count(n) AS count
