// import-existing-ids: which of the given ids are already in the database, per node type, so that an import
// of some files only (e.g. just collaborations.csv) may refer to nodes imported earlier.
// Params: $hubs, $capabilities, $programs, $organizations, $events, $projects: lists of ids (any may be empty).
// Returns: type (the dataset type: hubs, capabilities, …), id, level (capabilities only, else null: a sector
// reference must name a SECTOR).
UNWIND $hubs AS id MATCH (n:Hub {id: id}) RETURN 'hubs' AS type, n.id AS id, null AS level
UNION ALL
UNWIND $capabilities AS id MATCH (n:Capability {id: id}) RETURN 'capabilities' AS type, n.id AS id, n.level AS level
UNION ALL
UNWIND $programs AS id MATCH (n:Program {id: id}) RETURN 'programs' AS type, n.id AS id, null AS level
UNION ALL
UNWIND $organizations AS id MATCH (n:Organization {id: id}) RETURN 'organizations' AS type, n.id AS id, null AS level
UNION ALL
UNWIND $events AS id MATCH (n:Event {id: id}) RETURN 'events' AS type, n.id AS id, null AS level
UNION ALL
UNWIND $projects AS id MATCH (n:Project {id: id}) RETURN 'projects' AS type, n.id AS id, null AS level
