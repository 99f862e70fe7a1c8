// organizations-page: a page of organisations ordered by Korean name, optionally matching a search.
// Params: $text (lower-cased search text or null), $choseong (initial-consonant query or null),
//         $skip, $first. Returns one row: totalCount, organizations (maps with hub).
MATCH (o:Organization)
WHERE ($text IS NULL OR o.searchText CONTAINS $text)
  AND ($choseong IS NULL OR o.searchChoseong CONTAINS $choseong)
WITH o ORDER BY o.name, o.id
WITH collect(o) AS matches
RETURN size(matches) AS totalCount,
  [o IN matches[toInteger($skip)..toInteger($skip + $first)] | o {
    .id, .name, .nameEn, .aliases, .kind, .sector, .founded, .employees, .status,
    .description, .descriptionEn, .website, .synthetic, .source,
    hub: head([(o)-[:LOCATED_IN]->(h:Hub) | h {.id, .name, .nameEn}])
  }] AS organizations
