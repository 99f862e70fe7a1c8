// server-version: the Neo4j server's version, for the start-up check (the schema and queries need 5.26 or later).
// Params: none. Returns: version (e.g. "5.26.30", "2025.01.0"), edition ("community", "enterprise").
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
