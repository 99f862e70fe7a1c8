// test-delete-node (tests only): deletes one node by id, with its links, for data a test made under an id it could
// not choose (e.g. one the API generated). Refuses (deletes nothing) unless the node's source starts with "test:".
// Params: $id. Returns: deleted.
MATCH (n {id: $id})
WHERE n.source STARTS WITH 'test:'
DETACH DELETE n
RETURN count(n) AS deleted
