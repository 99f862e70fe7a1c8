// analytics-data-version: a cheap fingerprint of the data the analytics read; their caches are keyed by it.
// Params: none.
// Returns one row: version (sum of the DataVersion counters that data-version-bump raises in every write the API
//   and the importer make), organizations, links, hubs (counts, answered from Neo4j's count store: they also change
//   when someone deletes or creates data outside the product).
OPTIONAL MATCH (v:DataVersion)
WITH coalesce(sum(v.version), 0) AS version
RETURN version,
       COUNT { MATCH (:Organization) } AS organizations,
       COUNT { MATCH ()-[:COLLABORATES_WITH]->() } AS links,
       COUNT { MATCH (:Hub) } AS hubs
