// health-check: proves the database answers a read.
// Params: none. Returns: ok.
RETURN true AS ok
