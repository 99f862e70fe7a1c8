// matching-projection-facts: what the partner-matching engine knows besides the links: capabilities (with the one
// each belongs to), who offers and who needs which, hubs (with their location), events (with their date), projects
// (with their start year), attendance and project membership. (Match feedback is read per request:
// match-feedback-of-organization.cypher.)
// Params: none.
// Returns one row of lists (tuples, in a fixed order):
//   capabilities [[id, name, nameEn, broaderId]], offers [[orgId, capabilityId]],
//   needs [[orgId, capabilityId, priority]],
//   hubs [[id, name, nameEn, lat, lng]], events [[id, name, nameEn, date ('' when unknown)]],
//   projects [[id, title, titleEn, startYear]], attendance [[eventId, orgId]], memberships [[projectId, orgId]].
RETURN
  COLLECT { MATCH (c:Capability) OPTIONAL MATCH (c)-[:BROADER]->(b:Capability)
            RETURN [c.id, c.name, c.nameEn, b.id] AS row ORDER BY c.id } AS capabilities,
  COLLECT { MATCH (o:Organization)-[:HAS_CAPABILITY]->(c:Capability)
            RETURN [o.id, c.id] AS row ORDER BY o.id, c.id } AS offers,
  COLLECT { MATCH (o:Organization)-[n:NEEDS]->(c:Capability)
            RETURN [o.id, c.id, coalesce(n.priority, 3)] AS row ORDER BY o.id, c.id } AS needs,
  COLLECT { MATCH (h:Hub) RETURN [h.id, h.name, h.nameEn, h.lat, h.lng] AS row ORDER BY h.id } AS hubs,
  COLLECT { MATCH (e:Event)
            RETURN [e.id, e.name, e.nameEn, coalesce(toString(e.date), '')] AS row ORDER BY e.id } AS events,
  COLLECT { MATCH (p:Project) RETURN [p.id, p.title, p.titleEn, p.startYear] AS row ORDER BY p.id } AS projects,
  COLLECT { MATCH (o:Organization)-[:PARTICIPATED_IN]->(e:Event)
            RETURN [e.id, o.id] AS row ORDER BY e.id, o.id } AS attendance,
  COLLECT { MATCH (o:Organization)-[:MEMBER_OF]->(p:Project)
            RETURN [p.id, o.id] AS row ORDER BY p.id, o.id } AS memberships
