// graph-test-network (tests only): the whole collaboration network as stored, for tests that compute the expected
// answer themselves (breadth-first search in TypeScript) and compare it with the API's.
// Params: none. Returns one row: organizations (maps: id, kind, hubId, sector), links (maps: id, from, to, kind,
//   since, until — dates as YYYY-MM-DD strings, until null while the link lasts).
CALL () {
  MATCH (o:Organization)
  RETURN collect(o {.id, .kind, .hubId, .sector}) AS organizations
}
CALL () {
  MATCH (a:Organization)-[r:COLLABORATES_WITH]->(b:Organization)
  RETURN collect({id: r.id, from: a.id, to: b.id, kind: r.kind, since: toString(r.since),
         until: toString(r.until)}) AS links
}
RETURN organizations, links
