// matching-evidence: everything a page of partnerMatches or introducers shows beside the ranking, in one statement:
// the organisations, capabilities, events, projects and links its reasons and introduction paths name.
// Params: $ids {organizations, capabilities, events, projects, links: lists of ids, each may be empty} — one map, not
//   five lists: Neo4j keys its plan cache by the parameters' types, and an empty list types apart from a list of
//   strings, so five lists made up to 32 plans, each planned on first use (slow on a cold JVM).
// Returns one row: organizations, capabilities, events, projects, links — lists of maps, each exactly as
//   organizations-by-ids, capabilities-by-ids, events-by-ids, projects-by-ids and collaborations-by-ids return their
//   items (the resolvers prime those loaders with them); an id that names nothing is left out.
// Why one statement: the five batched look-ups were five statements, and each statement costs Node CPU to send
// (waking a Neo4j thread on another core) besides Neo4j's own scheduling
// (docs/matching.md, "Speed").
CALL () {
  UNWIND $ids.organizations AS id
  MATCH (o:Organization {id: id})
  RETURN collect(o {
    // include: organization-fields
    degree: COUNT { (o)-[:COLLABORATES_WITH]-() }
  }) AS organizations
}
CALL () {
  UNWIND $ids.capabilities AS id
  MATCH (c:Capability {id: id})
  RETURN collect(c {
    .id, .name, .nameEn, .level, .synthetic, .source,
    broaderId: head([(c)-[:BROADER]->(b:Capability) | b.id])
  }) AS capabilities
}
CALL () {
  UNWIND $ids.events AS id
  MATCH (e:Event {id: id})
  RETURN collect(e {
    .id, .name, .nameEn, .type, .date, .synthetic, .source,
    programId: head([(e)-[:PART_OF]->(p:Program) | p.id]),
    hubId: head([(e)-[:HELD_AT]->(h:Hub) | h.id])
  }) AS events
}
CALL () {
  UNWIND $ids.projects AS id
  MATCH (p:Project {id: id})
  RETURN collect(p {
    .id, .title, .titleEn, .funder, .startYear, .endYear, .budgetMillionKrw, .synthetic, .source
  }) AS projects
}
CALL () {
  UNWIND $ids.links AS id
  MATCH (a:Organization)-[r:COLLABORATES_WITH {id: id}]->(b:Organization)
  RETURN collect(r {
    .id, .kind, .since, .until, .weight, .title, .source, .synthetic, fromId: a.id, toId: b.id
  }) AS links
}
RETURN organizations, capabilities, events, projects, links
