// write-set-capabilities: makes an organisation's HAS_CAPABILITY links exactly the given set (setCapabilities).
// Params: $orgId, $capabilityIds [id] (all existing: checked first), $actor.
// Returns: id. Kept links keep their provenance; new ones get source 'api'. The organisation records who changed it and
//   when.
MATCH (o:Organization {id: $orgId})
CALL (o) {
  MATCH (o)-[old:HAS_CAPABILITY]->(c:Capability)
  WHERE NOT c.id IN $capabilityIds
  DELETE old
}
CALL (o) {
  UNWIND $capabilityIds AS capabilityId
  MATCH (c:Capability {id: capabilityId})
  MERGE (o)-[r:HAS_CAPABILITY]->(c)
  ON CREATE SET r.source = 'api', r.synthetic = false, r.updatedAt = datetime.transaction(), r.updatedBy = $actor
}
SET o.updatedAt = datetime.transaction(), o.updatedBy = $actor
RETURN o.id AS id
