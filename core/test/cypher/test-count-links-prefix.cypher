// test-count-links-prefix: how many collaboration links have an id starting with $prefix.
// Params: $prefix. Returns: count.
MATCH ()-[link:COLLABORATES_WITH]->()
WHERE link.id STARTS WITH $prefix
RETURN count(link) AS count
