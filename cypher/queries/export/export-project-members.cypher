// export-project-members: project membership of the given organisations, as project_members.csv rows.
// Params: $orgIds (organisation ids, or null for all).
// Returns: projectId, orgId, role, source, synthetic; ordered by projectId, orgId.
MATCH (o:Organization)-[r:MEMBER_OF]->(p:Project)
WHERE $orgIds IS NULL OR o.id IN $orgIds
RETURN p.id AS projectId, o.id AS orgId, r.role AS role, r.source AS source, r.synthetic AS synthetic
ORDER BY projectId, orgId
