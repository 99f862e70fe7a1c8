// Checks the layouts on a headless instance: newcomers placed without moving anyone else, pinned nodes never moved,
// concentric rings around the root.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../test-support/sample-graph';
import { registerFcose } from './register-fcose';
import { hopDistances, runLayout } from './run-layout';
import { syncElements } from './sync-elements';
import { toElements } from './to-elements';

registerFcose();

function positions(cy: Core): Record<string, { x: number; y: number }> {
  return Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
}

/** Without animation every layout finishes inside run(). */
function run(cy: Core, request: Parameters<typeof runLayout>[1]): void {
  runLayout(cy, { animate: false, ...request });
}

describe('runLayout', () => {
  it('places newcomers beside their neighbours and leaves every other node where it was', () => {
    const cy = cytoscape({ headless: true });
    const first = syncElements(cy, toElements(sampleGraph(), 'ko'));
    run(cy, { plan: 'full', layout: 'force', added: first.added, root: null });
    const before = positions(cy);

    const grown = sampleGraph();
    grown.nodes.push({ ...grown.nodes[2]!, id: 'n1' }, { ...grown.nodes[2]!, id: 'n2' });
    grown.edges.push(
      { ...grown.edges[0]!, id: 'x1', source: 'kribb', target: 'n1' },
      { ...grown.edges[0]!, id: 'x2', source: 'n1', target: 'n2' },
    );
    const second = syncElements(cy, toElements(grown, 'ko'));
    run(cy, { plan: 'incremental', layout: 'force', added: second.added, root: null });

    const after = positions(cy);
    for (const id of Object.keys(before)) {
      expect(after[id]!.x).toBeCloseTo(before[id]!.x, 6);
      expect(after[id]!.y).toBeCloseTo(before[id]!.y, 6);
    }
    // The nodes held in place for the run are free again afterwards.
    expect(cy.nodes().filter((node) => node.locked()).length).toBe(0);
    const distance = Math.hypot(after.n1!.x - after.kribb!.x, after.n1!.y - after.kribb!.y);
    expect(distance).toBeGreaterThan(0);
    expect(distance).toBeLessThan(400);
    cy.destroy();
  });

  it('never moves a pinned node, whatever the layout', () => {
    const cy = cytoscape({ headless: true });
    const { added } = syncElements(cy, toElements(sampleGraph(), 'ko', { pinned: new Set(['acme']) }));
    cy.$id('acme').unlock().position({ x: 500, y: -300 }).lock();
    for (const layout of ['force', 'concentric', 'breadthfirst'] as const) {
      run(cy, { plan: 'full', layout, added, root: 'snu' });
      expect(cy.$id('acme').position()).toEqual({ x: 500, y: -300 });
    }
    cy.destroy();
  });

  it('does nothing for the plan "none"', () => {
    const cy = cytoscape({ headless: true });
    const { added } = syncElements(cy, toElements(sampleGraph(), 'ko'));
    expect(runLayout(cy, { plan: 'none', layout: 'force', added, root: null })).toBeNull();
    cy.destroy();
  });
});

describe('hopDistances', () => {
  it('counts hops from the root over the drawn graph', () => {
    const cy = cytoscape({ headless: true, elements: toElements(sampleGraph(), 'ko') });
    expect(Object.fromEntries(hopDistances(cy, 'snuh'))).toEqual({ snuh: 0, snu: 1, acme: 2, kribb: 3 });
    expect(hopDistances(cy, null).size).toBe(0);
    cy.destroy();
  });
});
