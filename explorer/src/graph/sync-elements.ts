// Brings a live Cytoscape instance to a new set of element definitions in one batch: removes what went, adds
// what came, updates data, classes and locks in place. Existing nodes keep their positions.
import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';

export interface SyncResult {
  /** Nodes that were not there before (they have no position yet worth keeping). */
  added: NodeCollection;
  /** How many nodes went (edges not counted). */
  removedNodes: number;
}

function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key of Object.keys(next)) if (current[key] !== next[key]) return false;
  return true;
}

export function syncElements(cy: Core, elements: readonly ElementDefinition[]): SyncResult {
  const wanted = new Map<string, ElementDefinition>();
  for (const element of elements) if (element.data.id !== undefined) wanted.set(element.data.id, element);

  let added = cy.collection() as unknown as NodeCollection;
  let removedNodes = 0;
  cy.batch(() => {
    const gone = cy.elements().filter((element) => !wanted.has(element.id()));
    removedNodes = gone.nodes().length;
    cy.remove(gone);

    const fresh: ElementDefinition[] = [];
    for (const [id, element] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.empty()) {
        fresh.push(element);
        continue;
      }
      if (!sameData(existing.data() as Record<string, unknown>, element.data as Record<string, unknown>))
        existing.data(element.data);
      const classes = element.classes ?? '';
      const wantedClasses = (Array.isArray(classes) ? classes.join(' ') : classes).trim();
      if (existing.classes().join(' ') !== wantedClasses) existing.classes(wantedClasses);
      if (existing.isNode()) {
        if (element.locked === true && !existing.locked()) existing.lock();
        if (element.locked !== true && existing.locked()) existing.unlock();
      }
    }
    // Nodes before edges (the edges' ends must exist), all in one add.
    fresh.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
    if (fresh.length > 0) added = cy.add(fresh).nodes();
  });
  return { added, removedNodes };
}
