// export-organization-capabilities: what the given organisations can do, as organization_capabilities.csv rows.
// Params: $orgIds (organisation ids, or null for all).
// Returns: orgId, capabilityId, source, synthetic; ordered by orgId, capabilityId.
MATCH (o:Organization)-[r:HAS_CAPABILITY]->(c:Capability)
WHERE $orgIds IS NULL OR o.id IN $orgIds
RETURN o.id AS orgId, c.id AS capabilityId, r.source AS source, r.synthetic AS synthetic
ORDER BY orgId, capabilityId
