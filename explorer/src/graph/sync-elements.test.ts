// Checks bringing a live (headless) Cytoscape instance to new elements: what goes, what comes, what changes in place.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../test-support/sample-graph';
import { syncElements } from './sync-elements';
import { toElements } from './to-elements';

describe('syncElements', () => {
  it('adds everything to an empty instance', () => {
    const cy = cytoscape({ headless: true });
    const result = syncElements(cy, toElements(sampleGraph(), 'ko'));
    expect(result.added.map((node) => node.id()).sort()).toEqual(['acme', 'kribb', 'snu', 'snuh']);
    expect(cy.edges().length).toBe(3);
    cy.destroy();
  });

  it('keeps the nodes that stay where they are, and patches their data, classes and locks', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, toElements(sampleGraph(), 'ko'));
    cy.$id('snu').position({ x: 123, y: 456 });

    const smaller = sampleGraph();
    smaller.nodes = smaller.nodes.filter((node) => node.id !== 'kribb');
    smaller.nodes.push({ ...smaller.nodes[0]!, id: 'new' });
    const result = syncElements(cy, toElements(smaller, 'en', { hidden: new Set(['snuh']), pinned: new Set(['snu']) }));

    expect(result.added.map((node) => node.id())).toEqual(['new']);
    expect(result.removedNodes).toBe(1);
    expect(cy.$id('kribb').empty()).toBe(true);
    expect(cy.$id('e3').empty()).toBe(true);
    expect(cy.$id('snu').position()).toEqual({ x: 123, y: 456 });
    expect(cy.$id('snu').data('label')).toBe('Seoul National University');
    expect(cy.$id('snu').locked()).toBe(true);
    expect(cy.$id('snuh').hasClass('hidden')).toBe(true);

    syncElements(cy, toElements(smaller, 'en'));
    expect(cy.$id('snu').locked()).toBe(false);
    expect(cy.$id('snuh').hasClass('hidden')).toBe(false);
    cy.destroy();
  });

  it('empties the instance for an empty view', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, toElements(sampleGraph(), 'ko'));
    expect(syncElements(cy, []).removedNodes).toBe(4);
    expect(cy.elements().length).toBe(0);
    cy.destroy();
  });
});
