// organizations-by-ids: organisations by id (the organisation loader's batch).
// Params: $ids [id]. Returns: key (the id), item (organisation map with hubId and degree); no row for an unknown id.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN id AS key, o {
  // include: organization-fields
  degree: COUNT { (o)-[:COLLABORATES_WITH]-() }
} AS item
