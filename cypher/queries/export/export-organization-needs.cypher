// export-organization-needs: what the given organisations need, as organization_needs.csv rows.
// Params: $orgIds (organisation ids, or null for all).
// Returns: orgId, capabilityId, priority, source, synthetic; ordered by orgId, capabilityId.
MATCH (o:Organization)-[r:NEEDS]->(c:Capability)
WHERE $orgIds IS NULL OR o.id IN $orgIds
RETURN o.id AS orgId, c.id AS capabilityId, r.priority AS priority, r.source AS source, r.synthetic AS synthetic
ORDER BY orgId, capabilityId
