// graph-unknown-ids: which of the ids a network query names do not exist, so it can say which argument is wrong.
// Params: $organizations [organisation id], $hubs [hub id] or null, $sectors [capability id of level SECTOR] or null.
// Returns one row: organizations, hubs, sectors (the ids among each that name nothing; a capability that is not a
//   sector counts as unknown in sectors).
RETURN
  [id IN $organizations WHERE NOT EXISTS { MATCH (:Organization {id: id}) }] AS organizations,
  [id IN coalesce($hubs, []) WHERE NOT EXISTS { MATCH (:Hub {id: id}) }] AS hubs,
  [id IN coalesce($sectors, []) WHERE NOT EXISTS { MATCH (c:Capability {id: id}) WHERE c.level = 'SECTOR' }] AS sectors
