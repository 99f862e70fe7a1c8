// 006-organization-seq: a compact integer key on every organisation (`seq`, unique), so the analytics projection
// (cypher/queries/analytics/analytics-projection.cypher) names link ends by integers instead of elementId() strings,
// a faster read on a large graph (docs/analytics.md). A random integer below 2^52 (exact in JavaScript)
// rather than a counter: writers need no shared counter node, whose lock would serialise every transaction creating
// organisations; with 2^52 values a clash is vanishingly rare (and the constraint would refuse it). Writers set it on
// create (load-organizations, write-upsert-organization); this backfills the organisations stored before. Both
// statements are safe to apply again: the constraint only if missing, the key only where none is set.
CREATE CONSTRAINT organization_seq IF NOT EXISTS FOR (n:Organization) REQUIRE n.seq IS UNIQUE;
MATCH (o:Organization) WHERE o.seq IS NULL
SET o.seq = toInteger(rand() * 4503599627370496);
