// audit-snapshot-organization: an organisation's stored properties with its capabilities and needs, as the audit log's
//   before/after.
// Params: $id. Returns: entity (map) or no row.
MATCH (o:Organization {id: $id})
RETURN o {.*, labels: labels(o),
          capabilities: [(o)-[:HAS_CAPABILITY]->(c:Capability) | c.id],
          needs: [(o)-[n:NEEDS]->(c:Capability) | {capabilityId: c.id, priority: n.priority}]} AS entity
