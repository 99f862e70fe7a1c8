// events-list: events in a date range (both ends included), oldest first.
// Params: $first (most rows), $from, $to (YYYY-MM-DD or null). Returns: event (map with programId, hubId), one row
//  per event.
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
RETURN e {
  .id, .name, .nameEn, .type, .date, .synthetic, .source,
  programId: head([(e)-[:PART_OF]->(p:Program) | p.id]),
  hubId: head([(e)-[:HELD_AT]->(h:Hub) | h.id])
} AS event
ORDER BY e.date, e.id
LIMIT toInteger($first)
