// search-entities: organisations, capabilities and hubs whose names or aliases match a search, best first.
// Params: $text (the normalised search text, or null for a 초성 query), $choseong (initial consonants without spaces,
//   or null), $lucene (a full-text query built from the text's words by services/search/lucene-query.ts, or null),
//   $kinds (kinds of result to look for, or null for all), $first.
// Returns up to $first rows: kind ('ORGANIZATION' | 'CAPABILITY' | 'HUB'), id, name, nameEn, aliases,
//   match (EXACT | PREFIX | CHOSEONG | PARTIAL | FUZZY), key (the stored search key that matched: a normalised name,
//   alias, romanisation or 초성 run; null for FUZZY), score (tier base + closeness, see below).
// Candidates come from the text indexes (CONTAINS on searchText / searchChoseong) and the full-text indexes
// (fuzzy words, Hangul bigrams). Scores: EXACT 110; PREFIX 80–90 (a key starts with the text) or 70–80 (a word of
// a key does); CHOSEONG 60–70 (a 초성 run starts with it) or 50–60; PARTIAL 50–60; FUZZY 20–40 (Lucene's score
// squashed) — within a tier, the closer the key's length to the text's, the higher; ties: more links first.
CALL () {
  MATCH (n:Organization) WHERE n.searchText CONTAINS $text AND ($kinds IS NULL OR 'ORGANIZATION' IN $kinds)
  RETURN n, 'ORGANIZATION' AS kind, null AS fulltext
  UNION
  MATCH (n:Organization) WHERE n.searchChoseong CONTAINS $choseong AND ($kinds IS NULL OR 'ORGANIZATION' IN $kinds)
  RETURN n, 'ORGANIZATION' AS kind, null AS fulltext
  UNION
  MATCH (n:Capability) WHERE n.searchText CONTAINS $text AND ($kinds IS NULL OR 'CAPABILITY' IN $kinds)
  RETURN n, 'CAPABILITY' AS kind, null AS fulltext
  UNION
  MATCH (n:Capability) WHERE n.searchChoseong CONTAINS $choseong AND ($kinds IS NULL OR 'CAPABILITY' IN $kinds)
  RETURN n, 'CAPABILITY' AS kind, null AS fulltext
  UNION
  MATCH (n:Hub) WHERE n.searchText CONTAINS $text AND ($kinds IS NULL OR 'HUB' IN $kinds)
  RETURN n, 'HUB' AS kind, null AS fulltext
  UNION
  MATCH (n:Hub) WHERE n.searchChoseong CONTAINS $choseong AND ($kinds IS NULL OR 'HUB' IN $kinds)
  RETURN n, 'HUB' AS kind, null AS fulltext
  UNION
  WITH $lucene AS query WHERE query IS NOT NULL AND ($kinds IS NULL OR 'ORGANIZATION' IN $kinds)
  CALL db.index.fulltext.queryNodes('organization_names', query, {limit: 50}) YIELD node, score
  RETURN node AS n, 'ORGANIZATION' AS kind, score AS fulltext
  UNION
  WITH $lucene AS query WHERE query IS NOT NULL AND ($kinds IS NULL OR 'CAPABILITY' IN $kinds)
  CALL db.index.fulltext.queryNodes('capability_names', query, {limit: 20}) YIELD node, score
  RETURN node AS n, 'CAPABILITY' AS kind, score AS fulltext
}
WITH n, kind, max(fulltext) AS fulltext,
  split(coalesce(n.searchText, ''), ' | ') AS keys, split(coalesce(n.searchChoseong, ''), ' ') AS initials
WITH n, kind, fulltext,
  [k IN keys WHERE k = $text] AS exact,
  [k IN keys WHERE k STARTS WITH $text] AS prefix,
  [k IN keys WHERE k CONTAINS ' ' + $text] AS wordPrefix,
  [k IN initials WHERE k STARTS WITH $choseong] AS initialPrefix,
  [k IN initials WHERE k CONTAINS $choseong] AS initialPartial,
  [k IN keys WHERE k CONTAINS $text] AS partial
WITH n, kind, fulltext, CASE
    WHEN size(exact) > 0 THEN {match: 'EXACT', base: 100.0, keys: exact}
    WHEN size(prefix) > 0 THEN {match: 'PREFIX', base: 80.0, keys: prefix}
    WHEN size(wordPrefix) > 0 THEN {match: 'PREFIX', base: 70.0, keys: wordPrefix}
    WHEN size(initialPrefix) > 0 THEN {match: 'CHOSEONG', base: 60.0, keys: initialPrefix}
    WHEN size(initialPartial) > 0 THEN {match: 'CHOSEONG', base: 50.0, keys: initialPartial}
    WHEN size(partial) > 0 THEN {match: 'PARTIAL', base: 50.0, keys: partial}
    ELSE {match: 'FUZZY', base: 20.0, keys: []}
  END AS tier
// The shortest matching key is the closest one.
WITH n, kind, fulltext, tier,
  reduce(best = head(tier.keys), k IN tier.keys | CASE WHEN size(k) < size(best) THEN k ELSE best END) AS key
WITH n, kind, tier.match AS match, key, CASE
    WHEN key IS NULL THEN tier.base + 20.0 * fulltext / (fulltext + 1.0)
    ELSE tier.base + 10.0 * toFloat(size(coalesce($text, $choseong))) / size(key)
  END AS score
RETURN kind, n.id AS id, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases, match, key, score
ORDER BY score DESC, COUNT { (n)--() } DESC, n.name, n.id
LIMIT toInteger($first)
