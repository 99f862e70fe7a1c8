// data-version-bump: records that the graph changed, so caches keyed by analytics-data-version compute afresh.
// Run as the last statement of every write transaction: mutations (graph-api/src/mutations/define-mutation.ts) and
// imports (seed/src/load/load-dataset.ts). Inside the transaction, so it commits (or rolls back) with the write.
// Params: none. Returns: version (the new counter value).
// Without a uniqueness constraint two first writes may create two counters; readers sum them, so every bump counts.
MERGE (v:DataVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime.transaction()
RETURN v.version AS version
