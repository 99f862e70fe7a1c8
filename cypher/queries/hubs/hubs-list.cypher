// hubs-list: every hub, by id.
// Params: $first (most rows). Returns: hub (map with organizationCount), one row per hub.
MATCH (h:Hub)
RETURN h {
  .id, .name, .nameEn, .role, .roleEn, .lat, .lng, .synthetic, .source,
  organizationCount: COUNT { (h)<-[:LOCATED_IN]-(:Organization) }
} AS hub
ORDER BY h.id
LIMIT toInteger($first)
