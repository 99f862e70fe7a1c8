// export-attendance: event attendance of the given organisations, as attendance.csv rows.
// Params: $orgIds (organisation ids, or null for all).
// Returns: orgId, eventId, role, source, synthetic; ordered by orgId, eventId.
MATCH (o:Organization)-[r:PARTICIPATED_IN]->(e:Event)
WHERE $orgIds IS NULL OR o.id IN $orgIds
RETURN o.id AS orgId, e.id AS eventId, r.role AS role, r.source AS source, r.synthetic AS synthetic
ORDER BY orgId, eventId
