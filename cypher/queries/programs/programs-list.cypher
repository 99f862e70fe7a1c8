// programs-list: every programme (areas and sub-projects), by id.
// Params: $first (most rows). Returns: program (map with parentId), one row per programme.
MATCH (p:Program)
RETURN p {
  .id, .name, .nameEn, .description, .descriptionEn, .synthetic, .source,
  parentId: head([(p)-[:PART_OF]->(parent:Program) | parent.id])
} AS program
ORDER BY p.id
LIMIT toInteger($first)
