// paths-spur-search: for each request, one shortest chain of collaborations from its spur organisation to $to that
// avoids some organisations and some first hops (the searches of Yen's k-shortest-paths algorithm; see
// graph-api/src/services/network/k-shortest-paths.ts). Links are read undirected.
// Params: $to (organisation id); $spurs [{index, spur (organisation id), excluded [ids the path may not visit after
//   the spur: the root path, the spur included],
//   blockedNext [ids it may not take as first hop], maxHops (1–6)}]; link filter, each null for "any":
//   $linkKinds [LinkKind], $asOf (YYYY-MM-DD: since ≤ asOf and (no until or until ≥ asOf)).
// Returns: index (of the request), ids (organisation ids from the spur to $to); no row for a request without a
//   path of at most maxHops hops.
// SHORTEST 1 over a quantified path pattern: every predicate sits inside the pattern so that it is checked during the
// (bidirectional) breadth-first search (a WHERE after the pattern would filter the one path found, not the search).
// Six hops at most: the first, then up to five more.
UNWIND $spurs AS s
MATCH (a:Organization {id: s.spur}), (b:Organization {id: $to})
CALL (a, b, s) {
  MATCH p = SHORTEST 1 (a)
    -[first:COLLABORATES_WITH
      WHERE ($linkKinds IS NULL OR first.kind IN $linkKinds)
        AND ($asOf IS NULL OR (first.since <= date($asOf) AND (first.until IS NULL OR first.until >= date($asOf))))]-
    (next:Organization
      WHERE NOT next.id IN s.excluded AND NOT next.id IN s.blockedNext)
    ((u:Organization)-[r:COLLABORATES_WITH]-(v:Organization)
      WHERE NOT v.id IN s.excluded
        AND ($linkKinds IS NULL OR r.kind IN $linkKinds)
        AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))){0,5}
    (b)
  RETURN [n IN nodes(p) | n.id] AS ids
}
WITH s, ids
WHERE size(ids) - 1 <= s.maxHops
RETURN s.index AS index, ids
