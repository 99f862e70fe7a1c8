// event-participants: who took part in some events (PARTICIPATED_IN): hosts, then speakers, then participants, by name.
// Params: $ids [event id], $first (most items per key). Returns: key (event id), items ({orgId, eventId, role,
//  source, synthetic}); no row when
//   none.
UNWIND $ids AS id
MATCH (o:Organization)-[a:PARTICIPATED_IN]->(:Event {id: id})
WITH id, a, o
ORDER BY CASE a.role WHEN 'HOST' THEN 0 WHEN 'SPEAKER' THEN 1 ELSE 2 END, o.name, o.id
RETURN id AS key,
  collect({
    orgId: o.id, eventId: id, role: a.role, source: a.source, synthetic: a.synthetic
  })[..toInteger($first)] AS items
