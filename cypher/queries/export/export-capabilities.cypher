// export-capabilities: the capability taxonomy as capabilities.csv rows: the given capabilities and every
// broader one above them (so the export imports on its own).
// Params: $ids (capability ids, or null for all), $prefix (id prefix or null: also those).
// Returns: id, name, nameEn, level, broader, source, synthetic; ordered by id.
MATCH (c:Capability)
WHERE $ids IS NULL OR c.id IN $ids OR ($prefix IS NOT NULL AND c.id STARTS WITH $prefix)
MATCH (c)-[:BROADER*0..]->(n:Capability)
WITH DISTINCT n
OPTIONAL MATCH (n)-[:BROADER]->(b:Capability)
RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, n.level AS level, b.id AS broader, n.source AS source,
       n.synthetic AS synthetic
ORDER BY id
