// The one component that owns the Cytoscape instance (made by use-cytoscape-instance.ts with renderer settings fit
// for the view's size): brings it to the current elements, lays out what changed, and turns taps, double-taps,
// right-clicks, long-presses and keys into the store's actions. Everything it draws is derived in use-canvas-view.ts.
import type { Core, Layouts, NodeSingular, Position } from 'cytoscape';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { planLayout } from '../graph/plan-layout';
import { registerFcose } from '../graph/register-fcose';
import { runLayout } from '../graph/run-layout';
import { syncElements } from '../graph/sync-elements';
import { formatMessage, messages } from '../i18n/messages';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { CanvasStatus } from './CanvasStatus';
import { CanvasToolbar } from './CanvasToolbar';
import { ContextMenu, type MenuCommand, type MenuTarget } from './ContextMenu';
import { downloadCsv, downloadPng, fitView, menuAction, zoomBy, ZOOM_STEP } from './canvas-commands';
import { TimeSlider } from './TimeSlider';
import { useCanvasView } from './use-canvas-view';
import { ViewNotes } from './ViewNotes';
import { useCytoscapeInstance } from './use-cytoscape-instance';
import { ZoomControls } from './ZoomControls';

registerFcose();

/** Marks the first drawing of a non-empty view, for the explorer benchmark (bench/src/explorer-draw.ts). */
function markFirstDraw(cy: Core): void {
  if (performance.getEntriesByName('explorer:first-draw').length > 0) return;
  performance.mark('explorer:elements-start');
  let done = false;
  const mark = () => {
    if (done) return;
    done = true;
    performance.mark('explorer:first-draw');
  };
  cy.one('render', mark);
  // The WebGL renderer fires no render event: fall back to the second frame after the elements went in.
  requestAnimationFrame(() => requestAnimationFrame(mark));
}

export function NetworkCanvas() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const mode = useAppState((state) => state.mode);
  const layoutName = useAppState((state) => state.canvas.layout);
  const layoutRequest = useAppState((state) => state.canvas.layoutRequest);
  const hiddenIds = useAppState((state) => state.canvas.hidden);
  const pinnedIds = useAppState((state) => state.canvas.pinned);
  const view = useCanvasView();
  const t = messages[language];

  const containerRef = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<MenuTarget | null>(null);
  const layoutRef = useRef<Layouts | null>(null);
  /** Where each node last stood: a node that comes back (a filter undone, a new instance) returns there. */
  const positionsRef = useRef(new Map<string, Position>());
  const seenLayoutRequest = useRef(layoutRequest);
  const seenSubject = useRef<string | null>(null);

  const openMenuFor = (target: NodeSingular) => {
    const position = target.renderedPosition();
    setMenu({ id: target.id(), name: String(target.data('label')), x: position.x, y: position.y });
  };
  const cy = useCytoscapeInstance(containerRef, view.profile, view.stylesheet, {
    nodeTap: (id) => {
      setMenu(null);
      dispatch(actions.selectNode(id));
    },
    nodeDoubleTap: (id) => dispatch(actions.expandNode(id)),
    nodeMenu: (node) => {
      dispatch(actions.selectNode(node.id()));
      openMenuFor(node);
    },
    backgroundTap: () => setMenu(null),
    viewportMoved: () => setMenu(null),
    beforeDestroy: (instance) => {
      layoutRef.current?.stop();
      instance.nodes().forEach((node) => {
        positionsRef.current.set(node.id(), { ...node.position() });
      });
    },
  });

  // Before paint, so the page never shows a state whose drawing has not caught up (browser tests rely on it too).
  useLayoutEffect(() => {
    // A render that swaps the instance still holds the old one here; the next render brings the new one.
    if (cy === null || cy.destroyed()) return;
    if (view.elements.length > 0) markFirstDraw(cy);
    cy.nodes().forEach((node) => {
      positionsRef.current.set(node.id(), { ...node.position() });
    });
    const before = cy.nodes().length;
    const { added, removedNodes } = syncElements(cy, view.elements);
    if (added.nonempty()) performance.mark('explorer:elements-added');
    const returning = added.filter((node) => positionsRef.current.has(node.id()));
    returning.forEach((node) => {
      node.position(positionsRef.current.get(node.id())!);
    });
    const requested =
      layoutRequest !== seenLayoutRequest.current || (view.subject !== null && view.subject !== seenSubject.current);
    seenLayoutRequest.current = layoutRequest;
    if (view.subject !== null) seenSubject.current = view.subject;
    const fresh = added.not(returning);
    const plan = planLayout({
      nodesBefore: before + returning.length,
      nodesAdded: fresh.length,
      nodesRemoved: removedNodes,
      layoutRequested: requested,
    });
    if (plan === 'none') return;
    layoutRef.current?.stop();
    // `data-layout` tells whether a layout is moving nodes (browser tests wait for "idle").
    const container = containerRef.current;
    if (container !== null) container.dataset.layout = 'running';
    let layout: Layouts | null = null;
    const onStop = () => {
      if (container !== null && (layout === null || layoutRef.current === layout)) container.dataset.layout = 'idle';
    };
    layout = runLayout(cy, { plan, layout: layoutName, added: fresh, root: view.root, onStop });
    layoutRef.current = layout;
    if (layout === null) onStop();
    // layoutName and root are read when a layout is due, not watched: choosing a layout bumps layoutRequest.
  }, [cy, view.elements, layoutRequest, view.subject]);

  const zoom = (factor: number) => cy !== null && zoomBy(cy, factor);
  const fit = () => cy !== null && fitView(cy);
  const exports = {
    png: () => cy !== null && downloadPng(cy),
    nodesCsv: () => view.payload !== null && downloadCsv(view.payload, view.shown, 'nodes'),
    edgesCsv: () => view.payload !== null && downloadCsv(view.payload, view.shown, 'edges'),
  };
  const onCommand = (command: MenuCommand) => {
    if (menu !== null) dispatch(menuAction(command, menu.id));
  };

  const closeMenu = () => {
    setMenu(null);
    containerRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== containerRef.current) return;
    if (event.key === '+' || event.key === '=') zoom(ZOOM_STEP);
    else if (event.key === '-') zoom(1 / ZOOM_STEP);
    else if (event.key === '0') fit();
    else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      const selected = cy?.nodes('.focus');
      if (selected !== undefined && selected.nonempty()) openMenuFor(selected.first());
    } else return;
    event.preventDefault();
  };

  const nodeCount = view.payload?.nodes.length ?? 0;
  const shownNodes = view.payload?.nodes.filter((node) => view.shown.has(node.id)).length ?? 0;
  const shownEdges = view.payload?.edges.filter((edge) => view.shown.has(edge.id)).length ?? 0;

  return (
    <div className="network-canvas" data-render-fast={view.profile.fast} data-render-webgl={view.profile.webgl}>
      <CanvasToolbar nodeCount={nodeCount} exports={exports} />
      <div className="network-canvas__stage">
        <div
          ref={containerRef}
          className="network-canvas__graph"
          tabIndex={0}
          role="application"
          aria-roledescription={t.canvasLabel}
          aria-label={
            `${t.canvasLabel}: ` + `${formatMessage(t.summary, { nodes: shownNodes, edges: shownEdges }, language)}`
          }
          onKeyDown={onKeyDown}
          data-testid="network-canvas"
        />
        <ViewNotes payload={view.payload} profile={view.profile} />
        <CanvasStatus nodeCount={nodeCount} shownCount={shownNodes} />
        {menu !== null && (
          <ContextMenu
            target={menu}
            language={language}
            hidden={hiddenIds.includes(menu.id)}
            pinned={pinnedIds.includes(menu.id)}
            onCommand={onCommand}
            onClose={closeMenu}
          />
        )}
        <ZoomControls
          language={language}
          disabled={nodeCount === 0}
          handlers={{ zoomIn: () => zoom(ZOOM_STEP), zoomOut: () => zoom(1 / ZOOM_STEP), fit }}
        />
      </div>
      {mode !== 'paths' && <TimeSlider />}
    </div>
  );
}
