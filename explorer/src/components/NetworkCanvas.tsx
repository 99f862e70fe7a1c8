// The one component that owns the Cytoscape instance: draws the network, lays it out with fcose, fits it to the screen.
import type { Core, Layouts } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { fcoseLayoutOptions } from '../graph/layout-options';
import { registerFcose } from '../graph/register-fcose';
import { buildStylesheet, defaultStylesheetOptions } from '../graph/stylesheet';
import { structureKey, toElements } from '../graph/to-elements';
import { formatMessage, messages } from '../i18n/messages';
import { useAppState } from '../state/store-context';

registerFcose();

declare global {
  interface Window {
    /**
     * The live Cytoscape instance. Browser tests read graph state from it (element counts, data,
     * styles, positions) instead of comparing canvas pixels, as Cytoscape's own Playwright tests do;
     * it is also handy in the console. Nothing in the app reads it.
     */
    cy?: Core;
  }
}

const FIT_PADDING = 40;
const CANVAS_STYLE = { width: '100%', height: '100%' } as const;

export function NetworkCanvas() {
  const graph = useAppState((state) => state.graph);
  const language = useAppState((state) => state.language);
  const text = messages[language];
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<Layouts | null>(null);

  const elements = useMemo(() => (graph === null ? [] : toElements(graph, language)), [graph, language]);
  const stylesheet = useMemo(() => buildStylesheet(defaultStylesheetOptions(language)), [language]);
  const layoutKey = useMemo(() => structureKey(elements), [elements]);
  const nodeCount = graph?.nodes.length ?? 0;
  const edgeCount = graph?.edges.length ?? 0;

  // react-cytoscapejs calls this after every update; only a new instance needs wiring.
  const onCy = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    window.cy = cy;
  }, []);

  useEffect(
    () => () => {
      layoutRef.current?.stop();
      if (window.cy === cyRef.current) delete window.cy;
      cyRef.current = null;
    },
    [],
  );

  // Runs after react-cytoscapejs has patched the elements (child updates commit before parent effects).
  // Keyed on the structure only, so a language switch relabels nodes without moving them.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null || layoutKey === '') return;
    layoutRef.current?.stop();
    const layout = cy.layout(fcoseLayoutOptions(cy.nodes().length));
    layoutRef.current = layout;
    layout.run();
  }, [layoutKey]);

  const fit = () => {
    cyRef.current?.fit(undefined, FIT_PADDING);
  };

  return (
    <div className="network-canvas">
      <div
        className="network-canvas__graph"
        role="img"
        aria-label={`${text.canvasLabel}: ${formatMessage(text.summary, { nodes: nodeCount, edges: edgeCount }, language)}`}
      >
        <CytoscapeComponent
          elements={elements}
          stylesheet={stylesheet}
          cy={onCy}
          style={CANVAS_STYLE}
          minZoom={0.05}
          maxZoom={4}
        />
      </div>
      <div className="network-canvas__controls">
        <button
          type="button"
          className="button"
          onClick={fit}
          disabled={nodeCount === 0}
          title={text.fitDescription}
        >
          {text.fit}
        </button>
      </div>
    </div>
  );
}
