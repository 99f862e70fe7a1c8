// import-link-conflicts: collaboration rows of an import that the database contradicts: the link id already
// joins another pair of organisations (ids are stable), or another link already has the same pair (either
// way round), kind and start date.
// Params: $links [{index, id, from, to, kind, since (YYYY-MM-DD text)}] (well-formed rows of the import).
// Returns: index (of the row in $links), conflict ('id' | 'pair'), otherId, otherFrom, otherTo (the link in the
//   database).
UNWIND $links AS link
MATCH (a)-[r:COLLABORATES_WITH {id: link.id}]->(b)
WHERE a.id <> link.from OR b.id <> link.to
RETURN link.index AS index, 'id' AS conflict, r.id AS otherId, a.id AS otherFrom, b.id AS otherTo
UNION ALL
UNWIND $links AS link
MATCH (a:Organization {id: link.from})-[r:COLLABORATES_WITH {kind: link.kind}]-(b:Organization {id: link.to})
WHERE toString(r.since) = link.since AND r.id <> link.id
RETURN link.index AS index, 'pair' AS conflict, r.id AS otherId, startNode(r).id AS otherFrom, endNode(r).id AS otherTo
