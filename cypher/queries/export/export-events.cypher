// export-events: events as events.csv rows (programme from PART_OF, hub from HELD_AT).
// Params: $ids (event ids, or null for all), $hubs (hub ids or null: also events held there), $prefix (id prefix or
//   null: also those).
// Returns: id, name, nameEn, type, date (YYYY-MM-DD), program, hub, source, synthetic; ordered by id.
MATCH (n:Event)
OPTIONAL MATCH (n)-[:HELD_AT]->(h:Hub)
WITH n, h
WHERE $ids IS NULL OR n.id IN $ids OR h.id IN coalesce($hubs, []) OR ($prefix IS NOT NULL AND n.id STARTS WITH $prefix)
OPTIONAL MATCH (n)-[:PART_OF]->(p:Program)
RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, n.type AS type, toString(n.date) AS date, p.id AS program,
       h.id AS hub, n.source AS source, n.synthetic AS synthetic
ORDER BY id
