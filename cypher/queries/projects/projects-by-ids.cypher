// projects-by-ids: R&D projects by id (the project loader's batch).
// Params: $ids [id]. Returns: key (the id), item (project map); no row for an unknown id.
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN id AS key, p {
  .id, .title, .titleEn, .funder, .startYear, .endYear, .budgetMillionKrw, .synthetic, .source
} AS item
