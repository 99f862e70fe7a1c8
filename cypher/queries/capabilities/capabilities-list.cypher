// capabilities-list: the capability taxonomy, sectors first, then by Korean name.
// Params: $first (most rows), $level (SECTOR | CAPABILITY or null), $sector (a capability id or null: that one and
//  everything under it).
// Returns: capability (map with broaderId), one row per capability; no row when $sector names nothing.
MATCH (c:Capability)
WHERE ($level IS NULL OR c.level = $level)
  AND ($sector IS NULL OR EXISTS { MATCH (c)-[:BROADER*0..3]->(:Capability {id: $sector}) })
RETURN c {
  .id, .name, .nameEn, .level, .synthetic, .source,
  broaderId: head([(c)-[:BROADER]->(b:Capability) | b.id])
} AS capability
ORDER BY CASE c.level WHEN 'SECTOR' THEN 0 ELSE 1 END, c.name, c.id
LIMIT toInteger($first)
