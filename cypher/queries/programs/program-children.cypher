// program-children: the sub-projects of some programme areas (PART_OF pointing at them), by id.
// Params: $ids [programme id], $first (most items per key). Returns: key (programme id), items (programme maps with
//  parentId); no row when none.
UNWIND $ids AS id
MATCH (p:Program)-[:PART_OF]->(:Program {id: id})
WITH id, p ORDER BY p.id
RETURN id AS key, collect(p {.id, .name, .nameEn, .description, .descriptionEn, .synthetic, .source,
       parentId: id})[..toInteger($first)] AS items
