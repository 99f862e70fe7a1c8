// Turns the path finder's answer into the graph payload the canvas draws, with every path's nodes and links once.
import type { CollaborationPath, GraphPayload } from '../api/api-types';

/** Distances count hops from the start along the shortest path that reaches each organisation. */
export function pathsToPayload(paths: readonly CollaborationPath[]): GraphPayload {
  const nodes = new Map<string, GraphPayload['nodes'][number]>();
  const edges = new Map<string, GraphPayload['edges'][number]>();
  for (const path of paths) {
    path.organizations.forEach((organization, index) => {
      const known = nodes.get(organization.id);
      if (known !== undefined) {
        if ((known.distance ?? Infinity) > index) nodes.set(organization.id, { ...known, distance: index });
        return;
      }
      nodes.set(organization.id, {
        id: organization.id,
        label: organization.name,
        labelEn: organization.nameEn,
        kind: organization.kind,
        hub: organization.hub?.id ?? null,
        sector: null,
        synthetic: organization.synthetic,
        degree: organization.degree,
        distance: index,
      });
    });
    for (const step of path.steps) {
      for (const link of step.links) {
        if (edges.has(link.id)) continue;
        edges.set(link.id, {
          id: link.id,
          source: link.from.id,
          target: link.to.id,
          kind: link.kind,
          since: link.since,
          until: link.until,
          weight: link.weight,
          title: link.title,
        });
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

/** The ids of every organisation and link on the paths: the canvas highlights them. */
export function pathElementIds(paths: readonly CollaborationPath[]): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    for (const organization of path.organizations) ids.add(organization.id);
    for (const step of path.steps) for (const link of step.links) ids.add(link.id);
  }
  return ids;
}
