// Makes and keeps the canvas's Cytoscape instance: renderer options fixed at creation (so a view crossing the
// large-view threshold gets a new instance), the stylesheet applied once per change, and the pointer events
// handed to the canvas. Only NetworkCanvas uses it: the instance stays that component's own.
import cytoscape, { type Core, type EventObject, type NodeSingular, type StylesheetJson } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { FIT_MAX_ZOOM } from '../graph/layout-options';
import type { RenderProfile } from '../graph/render-profile';
import { MAX_ZOOM, MIN_ZOOM } from './canvas-commands';

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

export interface InstanceEvents {
  nodeTap(id: string): void;
  nodeDoubleTap(id: string): void;
  /** Right-click or long-press on a node. */
  nodeMenu(node: NodeSingular): void;
  backgroundTap(): void;
  viewportMoved(): void;
  /** The instance is about to go (unmount or a new render profile): last chance to read it. */
  beforeDestroy(cy: Core): void;
}

export function useCytoscapeInstance(
  containerRef: RefObject<HTMLDivElement | null>,
  profile: RenderProfile,
  stylesheet: StylesheetJson,
  events: InstanceEvents,
): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  const eventsRef = useRef(events);
  eventsRef.current = events;
  const stylesheetRef = useRef(stylesheet);
  stylesheetRef.current = stylesheet;
  const applied = useRef<{ cy: Core; stylesheet: StylesheetJson } | null>(null);
  const { fast, webgl } = profile;

  // A layout effect, so the old instance is gone before the canvas draws anything into the new one.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    container.dataset.layout = 'idle';
    // The typed options of cytoscape 3.34 do not list the renderer's `webgl` switch yet.
    const options: cytoscape.CytoscapeOptions & { renderer: { name: 'canvas'; webgl: boolean } } = {
      container,
      style: stylesheetRef.current,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      boxSelectionEnabled: false,
      hideEdgesOnViewport: fast,
      textureOnViewport: fast,
      renderer: { name: 'canvas', webgl },
    };
    const instance = cytoscape(options);
    applied.current = { cy: instance, stylesheet: stylesheetRef.current };
    const on = eventsRef;
    instance.on('tap', 'node', (event: EventObject) => on.current.nodeTap(event.target.id()));
    instance.on('tap', (event: EventObject) => {
      if (event.target === instance) on.current.backgroundTap();
    });
    instance.on('dbltap', 'node', (event: EventObject) => on.current.nodeDoubleTap(event.target.id()));
    instance.on('cxttap taphold', 'node', (event: EventObject) => on.current.nodeMenu(event.target));
    instance.on('pan zoom', () => on.current.viewportMoved());
    instance.on('layoutstop', (event: EventObject) => {
      // A fitted small view is not blown up past reading size (layouts that keep the viewport are left alone).
      const fitted = (event.layout as { options?: { fit?: boolean } }).options?.fit === true;
      if (fitted && instance.zoom() > FIT_MAX_ZOOM) {
        instance.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } });
      }
      performance.mark('explorer:layout-done');
    });
    window.cy = instance;
    setCy(instance);
    return () => {
      on.current.beforeDestroy(instance);
      if (window.cy === instance) delete window.cy;
      instance.destroy();
    };
  }, [containerRef, fast, webgl]);

  // A new instance starts with the current stylesheet; setting it again would restyle every element for nothing.
  useEffect(() => {
    if (cy === null || cy.destroyed() || applied.current?.cy !== cy || applied.current.stylesheet === stylesheet)
      return;
    cy.style(stylesheet);
    applied.current = { cy, stylesheet };
  }, [cy, stylesheet]);

  return cy;
}
