// Reads the explorer's graph state from its live Cytoscape instance (window.cy) rather than from pixels.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

export interface CyState {
  nodes: string[];
  edges: string[];
  /** Nodes and edges drawn now (not hidden, not out of time). */
  visibleNodes: string[];
  visibleEdges: string[];
  labels: Record<string, string>;
  classes: Record<string, string[]>;
  positions: Record<string, { x: number; y: number }>;
}

export async function cyState(page: Page): Promise<CyState> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy?: Core }).cy;
    const empty = { nodes: [], edges: [], visibleNodes: [], visibleEdges: [], labels: {}, classes: {}, positions: {} };
    if (!cy) return empty;
    return {
      nodes: cy.nodes().map((node) => node.id()),
      edges: cy.edges().map((edge) => edge.id()),
      visibleNodes: cy.nodes(':visible').map((node) => node.id()),
      visibleEdges: cy.edges(':visible').map((edge) => edge.id()),
      labels: Object.fromEntries(cy.nodes().map((node) => [node.id(), String(node.data('label'))])),
      classes: Object.fromEntries(cy.elements().map((element) => [element.id(), element.classes()])),
      positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }])),
    };
  });
}

/** Waits until the canvas holds the node (by id) with at least `minNodes` nodes and no layout is running. */
export async function waitForNode(page: Page, id: string, minNodes = 1): Promise<void> {
  await page.waitForFunction(
    ([wanted, min]) => {
      const cy = (window as unknown as { cy?: Core }).cy;
      return cy !== undefined && cy.getElementById(wanted as string).nonempty() && cy.nodes().length >= (min as number);
    },
    [id, minNodes] as const,
    { timeout: 30_000 },
  );
}

/** Waits for the animated layout to end (positions stop changing). */
export async function waitForStillLayout(page: Page): Promise<void> {
  await page
    .locator('.app[data-status="ready"] [data-testid="network-canvas"][data-layout="idle"]')
    .waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const cy = (window as unknown as { cy?: Core }).cy;
        if (!cy) return resolve(false);
        const snapshot = () =>
          cy
            .nodes()
            .map((node) => `${node.position('x').toFixed(2)},${node.position('y').toFixed(2)}`)
            .join(';');
        const before = snapshot();
        setTimeout(() => resolve(snapshot() === before), 400);
      }),
    null,
    { timeout: 30_000 },
  );
}

/** One computed style property of every node (e.g. 'background-color' → 'rgb(…)'), by node id. */
export async function nodeStyles(page: Page, property: string): Promise<Record<string, string>> {
  return page.evaluate((name) => {
    const cy = (window as unknown as { cy?: Core }).cy;
    if (!cy) return {};
    return Object.fromEntries(cy.nodes().map((node) => [node.id(), String(node.style(name))]));
  }, property);
}
