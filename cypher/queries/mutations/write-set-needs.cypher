// write-set-needs: makes an organisation's NEEDS links exactly the given ones, with their priorities (setNeeds).
// Params: $orgId, $needs [{capabilityId (existing: checked first), priority 1–3}], $actor.
// Returns: id. A need whose priority changes, and a new one, get source 'api' and who/when; an unchanged one is left as
//   it is.
MATCH (o:Organization {id: $orgId})
CALL (o) {
  MATCH (o)-[old:NEEDS]->(c:Capability)
  WHERE NOT c.id IN [need IN $needs | need.capabilityId]
  DELETE old
}
CALL (o) {
  UNWIND $needs AS need
  MATCH (c:Capability {id: need.capabilityId})
  MERGE (o)-[r:NEEDS]->(c)
  ON CREATE SET r.synthetic = false
  WITH r, need WHERE r.priority IS NULL OR r.priority <> toInteger(need.priority)
  SET r.priority = toInteger(need.priority), r.source = 'api', r.updatedAt = datetime.transaction(),
      r.updatedBy = $actor
}
SET o.updatedAt = datetime.transaction(), o.updatedBy = $actor
RETURN o.id AS id
