// load-test-dump-prefix (tests only): every node whose id starts with $prefix, and every relationship
// touching one, with labels, properties and each property's Cypher value type ('' dumps the whole graph).
// Params: $prefix. Returns: kind ('node' | 'relationship'), key (id, or "from -TYPE-> to"), labels (or [type]),
// props, types ([[property, valueType]]).
MATCH (n)
WHERE n.id STARTS WITH $prefix
RETURN 'node' AS kind, n.id AS key, labels(n) AS labels, properties(n) AS props,
       [k IN keys(n) | [k, valueType(n[k])]] AS types
UNION ALL
MATCH (a)-[r]->(b)
WHERE a.id STARTS WITH $prefix OR b.id STARTS WITH $prefix
RETURN 'relationship' AS kind, a.id + ' -' + type(r) + '-> ' + b.id AS key, [type(r)] AS labels, properties(r) AS props,
       [k IN keys(r) | [k, valueType(r[k])]] AS types
