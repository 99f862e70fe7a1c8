// transactions-terminate-tagged: stops the transactions whose metadata carries the tag of abandoned work.
// Params: $tag. Returns: id, message (one row per transaction stopped).
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.tag = $tag
TERMINATE TRANSACTIONS transactionId
YIELD transactionId AS id, message
RETURN id, message
