// What the canvas's buttons, keys and node menu do: viewport moves and exports on the live instance, and the
// store action behind each node-menu command.
import type { Core } from 'cytoscape';
import type { GraphPayload } from '../api/api-types';
import { FIT_MAX_ZOOM, LAYOUT_PADDING } from '../graph/layout-options';
import { viewEdgesCsv, viewNodesCsv } from '../graph/view-csv';
import { actions, type AppAction } from '../state/store';
import type { MenuCommand } from './ContextMenu';
import { csvBlob, downloadBlob } from './download';

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;
export const ZOOM_STEP = 1.25;

/** Zooms about the middle of the canvas, within the instance's limits. */
export function zoomBy(cy: Core, factor: number): void {
  const level = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Fits what is drawn; a small view is not blown up past reading size. */
export function fitView(cy: Core): void {
  cy.fit(cy.elements(':visible'), LAYOUT_PADDING);
  if (cy.zoom() > FIT_MAX_ZOOM)
    cy.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

export function downloadPng(cy: Core): void {
  downloadBlob(
    cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }),
    'siheung-network.png',
  );
}

export function downloadCsv(payload: GraphPayload, shown: ReadonlySet<string>, what: 'nodes' | 'edges'): void {
  const text = what === 'nodes' ? viewNodesCsv(payload, shown) : viewEdgesCsv(payload, shown);
  downloadBlob(csvBlob(text), what === 'nodes' ? 'siheung-network-organisations.csv' : 'siheung-network-links.csv');
}

/** The store action a node-menu command stands for. */
export function menuAction(command: MenuCommand, id: string): AppAction {
  switch (command) {
    case 'details':
      return actions.selectNode(id);
    case 'expand':
      return actions.expandNode(id);
    case 'toggleHidden':
      return actions.toggleHidden(id);
    case 'togglePin':
      return actions.togglePin(id);
    case 'centre':
      return actions.centreOnNode(id);
    case 'paths':
      return actions.findPathsFrom(id);
  }
}
