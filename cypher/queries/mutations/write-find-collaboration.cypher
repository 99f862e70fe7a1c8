// write-find-collaboration: before addCollaboration writes, the link with the same natural key (the two
// organisations in either order, kind, since) and whichever link already uses the id the caller asked for.
// Params: $from, $to, $kind, $since (YYYY-MM-DD), $id (or null).
// Returns one row: existingId (id of the link with this natural key, or null), idOwner ("from -kind since-> to" of the
// link using $id, or null).
OPTIONAL MATCH (:Organization {id: $from})-[same:COLLABORATES_WITH]-(:Organization {id: $to})
WHERE same.kind = $kind AND same.since = date($since)
WITH head(collect(same.id)) AS existingId
OPTIONAL MATCH (a:Organization)-[taken:COLLABORATES_WITH {id: $id}]->(b:Organization)
RETURN existingId,
       CASE WHEN taken IS NULL THEN null ELSE a.id + ' -' + taken.kind + ' ' + toString(taken.since) + '-> '
         + b.id END AS idOwner
