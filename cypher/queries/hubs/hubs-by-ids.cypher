// hubs-by-ids: hubs by id (the hub loader's batch).
// Params: $ids [id]. Returns: key (the id), item (hub map with organizationCount); no row for an unknown id.
UNWIND $ids AS id
MATCH (h:Hub {id: id})
RETURN id AS key, h {
  .id, .name, .nameEn, .role, .roleEn, .lat, .lng, .synthetic, .source,
  organizationCount: COUNT { (h)<-[:LOCATED_IN]-(:Organization) }
} AS item
