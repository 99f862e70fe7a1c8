// Checks the layout options: fcose scaled to the view, the incremental run, concentric rings and breadth-first roots.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  breadthfirstLayoutOptions,
  concentricLayoutOptions,
  fcoseLayoutOptions,
  incrementalFcoseOptions,
  LARGE_GRAPH_NODES,
} from './layout-options';

describe('fcoseLayoutOptions', () => {
  it('animates and refines small networks, and drafts large ones without animation', () => {
    expect(fcoseLayoutOptions(50)).toMatchObject({ name: 'fcose', quality: 'default', animate: true, fit: true });
    expect(fcoseLayoutOptions(LARGE_GRAPH_NODES + 1)).toMatchObject({ quality: 'draft', animate: false });
  });

  it('holds pinned nodes where they are', () => {
    const fixed = [{ nodeId: 'a', position: { x: 1, y: 2 } }];
    expect(fcoseLayoutOptions(10, fixed).fixedNodeConstraint).toEqual(fixed);
    expect(fcoseLayoutOptions(10).fixedNodeConstraint).toBeUndefined();
  });
});

describe('incrementalFcoseOptions', () => {
  it('starts from the given positions (proof quality, no randomising) and leaves the viewport alone', () => {
    expect(incrementalFcoseOptions([], false)).toMatchObject({
      quality: 'proof',
      randomize: false,
      fit: false,
      animate: false,
    });
  });
});

describe('concentricLayoutOptions', () => {
  it('puts the root innermost and unreached nodes outermost', () => {
    const cy = cytoscape({ headless: true, elements: ['r', 'a', 'b', 'x'].map((id) => ({ data: { id } })) });
    const options = concentricLayoutOptions(
      new Map([
        ['r', 0],
        ['a', 1],
        ['b', 2],
      ]),
      false,
    );
    const level = (id: string) => options.concentric!(cy.$id(id));
    expect(level('r')).toBeGreaterThan(level('a'));
    expect(level('a')).toBeGreaterThan(level('b'));
    expect(level('b')).toBeGreaterThan(level('x'));
    cy.destroy();
  });
});

describe('breadthfirstLayoutOptions', () => {
  it('grows from the given roots', () => {
    expect(breadthfirstLayoutOptions(['A'], true)).toMatchObject({
      name: 'breadthfirst',
      roots: ['A'],
      directed: false,
    });
    expect(breadthfirstLayoutOptions([], true).roots).toBeUndefined();
  });
});
