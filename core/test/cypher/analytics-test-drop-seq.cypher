// analytics-test-drop-seq (tests only): removes the `seq` key of the organisations whose id starts with $prefix, as
// if written by hand outside the importer and the API, so the analytics' elementId() fallback is exercised.
// Refuses (changes nothing) unless the prefix is a test prefix: "T-" and at least one more character.
// Params: $prefix. Returns: changed.
MATCH (o:Organization)
WHERE $prefix STARTS WITH 'T-' AND size($prefix) > 2 AND o.id STARTS WITH $prefix AND o.seq IS NOT NULL
REMOVE o.seq
RETURN count(o) AS changed
