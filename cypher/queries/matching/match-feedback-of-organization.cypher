// match-feedback-of-organization: the secretariat's latest recorded decision about each candidate of one
// organisation (recordMatchFeedback keeps every record; the latest counts). Read for each partnerMatches request,
// beside the data-version read, so recording feedback never rebuilds the cached matching network.
// Params: $orgId.
// Returns one row per candidate with feedback: orgId, candidateId, decision, note, recordedBy,
//   recordedAt (ISO 8601 date-time). No rows for an unknown organisation.
MATCH (o:Organization {id: $orgId})-[f:MATCH_FEEDBACK]->(c:Organization)
WITH o, c, f ORDER BY f.recordedAt DESC
WITH o, c, head(collect(f)) AS latest
RETURN o.id AS orgId, c.id AS candidateId, latest.decision AS decision, latest.note AS note,
       latest.recordedBy AS recordedBy, toString(latest.recordedAt) AS recordedAt
ORDER BY candidateId
