// project-members: the member organisations of some R&D projects (MEMBER_OF): the lead first, then by name.
// Params: $ids [project id], $first (most items per key). Returns: key (project id), items ({orgId, projectId, role,
//  source}); no row when none.
UNWIND $ids AS id
MATCH (o:Organization)-[m:MEMBER_OF]->(:Project {id: id})
WITH id, m, o ORDER BY CASE m.role WHEN 'LEAD' THEN 0 ELSE 1 END, o.name, o.id
RETURN id AS key, collect({orgId: o.id, projectId: id, role: m.role, source: m.source})[..toInteger($first)] AS items
