// test-slow-read: stands in for a read that takes far longer than a request's budget; returns no row.
// Params: none. Returns: spun (never: the WHERE keeps nothing).
UNWIND range(1, 4000000000) AS spin
WITH count(spin) AS spun
WHERE spun < 0
RETURN spun
