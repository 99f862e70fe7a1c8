// bench-neo4j-version: the Neo4j version, printed with the benchmarks' conditions (bench/src/machine-info.ts).
// Params: none. Returns one row: version (e.g. 5.26.0).
CALL dbms.components() YIELD name, versions
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version
