// programs-by-ids: programmes by id (the programme loader's batch).
// Params: $ids [id]. Returns: key (the id), item (programme map with parentId); no row for an unknown id.
UNWIND $ids AS id
MATCH (p:Program {id: id})
RETURN id AS key, p {
  .id, .name, .nameEn, .description, .descriptionEn, .synthetic, .source,
  parentId: head([(p)-[:PART_OF]->(parent:Program) | parent.id])
} AS item
