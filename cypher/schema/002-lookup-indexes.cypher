// 002-lookup-indexes: the property indexes the API's filters and sorts use.
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_hub IF NOT EXISTS FOR (n:Organization) ON (n.hubId);
CREATE INDEX organization_sector IF NOT EXISTS FOR (n:Organization) ON (n.sector);
CREATE INDEX organization_founded IF NOT EXISTS FOR (n:Organization) ON (n.founded);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE TEXT INDEX organization_search_text IF NOT EXISTS FOR (n:Organization) ON (n.searchText);
CREATE TEXT INDEX organization_search_choseong IF NOT EXISTS FOR (n:Organization) ON (n.searchChoseong);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX collaboration_kind IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() ON (r.kind);
CREATE INDEX collaboration_since IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() ON (r.since);
