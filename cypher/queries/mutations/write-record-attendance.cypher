// write-record-attendance: records an organisation's part in an event with its role (recordAttendance).
// Params: $eventId, $orgId (both existing: checked first), $role (HOST | SPEAKER | PARTICIPANT), $actor.
// Returns: attendance {orgId, eventId, role, source, synthetic}. A new link gets source 'api'; every call records
//   who/when.
MATCH (o:Organization {id: $orgId})
MATCH (e:Event {id: $eventId})
MERGE (o)-[a:PARTICIPATED_IN]->(e)
ON CREATE SET a.source = 'api', a.synthetic = false
SET a.role = $role, a.updatedAt = datetime.transaction(), a.updatedBy = $actor
RETURN {orgId: o.id, eventId: e.id, role: a.role, source: a.source, synthetic: a.synthetic} AS attendance
