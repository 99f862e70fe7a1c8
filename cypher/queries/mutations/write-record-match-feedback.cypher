// write-record-match-feedback: records the secretariat's decision about a proposed partner (recordMatchFeedback).
// Every record is kept (the history of a pair); the latest one is shown and counts in the ranking.
// Params: $orgId, $candidateId (both existing: checked first), $decision (CONTACTED, ACCEPTED, DECLINED),
//   $note (text ≤ 1000 characters, or null), $actor (who records it).
// Returns: orgId, candidateId, decision, note, recordedBy, recordedAt (ISO 8601 date-time).
MATCH (o:Organization {id: $orgId})
MATCH (c:Organization {id: $candidateId})
CREATE (o)-[f:MATCH_FEEDBACK {decision: $decision, note: $note, recordedBy: $actor,
       recordedAt: datetime.transaction()}]->(c)
RETURN o.id AS orgId, c.id AS candidateId, f.decision AS decision, f.note AS note, f.recordedBy AS recordedBy,
       toString(f.recordedAt) AS recordedAt
