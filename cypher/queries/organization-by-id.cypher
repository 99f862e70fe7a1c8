// organization-by-id: one organisation with its hub.
// Params: $id. Returns: organization (map with hub map or null); no row when unknown.
MATCH (o:Organization {id: $id})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(h:Hub)
RETURN o {
  .id, .name, .nameEn, .aliases, .kind, .sector, .founded, .employees, .status,
  .description, .descriptionEn, .website, .synthetic, .source,
  hub: CASE WHEN h IS NULL THEN null ELSE h {.id, .name, .nameEn} END
} AS organization
