// audit-snapshot-attendance: an organisation's part in an event, as the audit log's before/after.
// Params: $orgId, $eventId. Returns: entity (map) or no row.
MATCH (o:Organization {id: $orgId})-[a:PARTICIPATED_IN]->(e:Event {id: $eventId})
RETURN a {.*, orgId: o.id, eventId: e.id} AS entity
