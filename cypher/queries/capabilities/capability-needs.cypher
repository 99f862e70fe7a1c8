// capability-needs: who needs some capabilities (NEEDS), most urgent first.
// Params: $ids [capability id], $first (most items per key). Returns: key (capability id), items ({orgId,
//  capabilityId, priority, source,
//   synthetic}); no row when none.
UNWIND $ids AS id
MATCH (o:Organization)-[n:NEEDS]->(:Capability {id: id})
WITH id, n, o ORDER BY n.priority, o.name, o.id
RETURN id AS key, collect({orgId: o.id, capabilityId: id, priority: n.priority, source: n.source,
       synthetic: n.synthetic})[..toInteger($first)] AS items
