// analytics-bench-neo4j-version: the Neo4j version, printed with the analytics benchmark's conditions.
// Params: none. Returns one row: version (e.g. 5.26.0).
CALL dbms.components() YIELD name, versions
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version
