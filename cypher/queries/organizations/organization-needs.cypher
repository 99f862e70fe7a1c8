// organization-needs: what each of some organisations needs (NEEDS, from the demand survey), most urgent first.
// Params: $ids [organisation id], $first (most items per key). Returns: key (organisation id), items ({orgId,
//  capabilityId, priority, source,
//   synthetic}); no row when none.
UNWIND $ids AS id
MATCH (:Organization {id: id})-[n:NEEDS]->(c:Capability)
WITH id, n, c ORDER BY n.priority, c.name, c.id
RETURN id AS key, collect({orgId: id, capabilityId: c.id, priority: n.priority, source: n.source,
       synthetic: n.synthetic})[..toInteger($first)] AS items
