// test-running-slow-reads: the transactions still running test-slow-read, as Neo4j lists them.
// Params: none. Returns: id, state.
SHOW TRANSACTIONS YIELD transactionId, currentQuery, status
WHERE currentQuery CONTAINS 'range(1, 4000000000)' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN transactionId AS id, status AS state
