// write-missing-ids: which of the ids a write refers to name nothing (checked before the write, in its transaction).
// Params: $organizations, $hubs, $events, $capabilities, $sectors (lists of ids; a sector must be a Capability of level
//   SECTOR).
// Returns one row: organizations, hubs, events, capabilities, sectors — the ids of each list that were not found.
RETURN
  [id IN $organizations WHERE NOT EXISTS { MATCH (:Organization {id: id}) }] AS organizations,
  [id IN $hubs WHERE NOT EXISTS { MATCH (:Hub {id: id}) }] AS hubs,
  [id IN $events WHERE NOT EXISTS { MATCH (:Event {id: id}) }] AS events,
  [id IN $capabilities WHERE NOT EXISTS { MATCH (:Capability {id: id}) }] AS capabilities,
  [id IN $sectors WHERE NOT EXISTS { MATCH (c:Capability {id: id}) WHERE c.level = 'SECTOR' }] AS sectors
