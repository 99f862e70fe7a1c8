// Checks the node menu's commands against the store, and the viewport commands on a headless instance.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../state/store';
import { fitView, MAX_ZOOM, menuAction, zoomBy } from './canvas-commands';

describe('menuAction', () => {
  it('turns each node-menu command into the action it names', () => {
    const store = createAppStore();
    store.dispatch(menuAction('expand', 'A'));
    store.dispatch(menuAction('toggleHidden', 'B'));
    store.dispatch(menuAction('togglePin', 'B'));
    store.dispatch(menuAction('details', 'C'));
    expect(store.getState()).toMatchObject({
      selected: 'C',
      explore: { expanded: ['A'] },
      canvas: { hidden: ['B'], pinned: ['B'] },
    });
    store.dispatch(menuAction('centre', 'C'));
    expect(store.getState().explore.centre).toBe('C');
    store.dispatch(menuAction('paths', 'C'));
    expect(store.getState()).toMatchObject({ mode: 'paths', paths: { from: 'C' } });
  });
});

describe('zoomBy and fitView', () => {
  it('zoom within the limits, and fit a small view without blowing it up', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: 'a' }, position: { x: 0, y: 0 } }],
    });
    cy.zoom(3.5);
    zoomBy(cy, 2);
    expect(cy.zoom()).toBe(MAX_ZOOM);
    fitView(cy);
    expect(cy.zoom()).toBeLessThanOrEqual(1.5);
    cy.destroy();
  });
});
