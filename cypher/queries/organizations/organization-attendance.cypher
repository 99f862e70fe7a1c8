// organization-attendance: the events some organisations took part in (PARTICIPATED_IN), newest first.
// Params: $ids [organisation id], $first (most items per key), $from, $to (YYYY-MM-DD or null; both ends included).
// Returns: key (organisation id), items ({orgId, eventId, role, source, synthetic}); no row when none.
UNWIND $ids AS id
MATCH (:Organization {id: id})-[a:PARTICIPATED_IN]->(e:Event)
WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
WITH id, a, e ORDER BY e.date DESC, e.id
RETURN id AS key,
  collect({
    orgId: id, eventId: e.id, role: a.role, source: a.source, synthetic: a.synthetic
  })[..toInteger($first)] AS items
