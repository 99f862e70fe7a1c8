// Runs the layout a change calls for on a live Cytoscape instance: the chosen layout over everything, or fcose over
// the newcomers only with every node already placed held where it is. Pinned (locked) nodes never move.
import type { Core, Layouts, NodeCollection } from 'cytoscape';
import type { LayoutName } from '../state/app-state';
import {
  breadthfirstLayoutOptions,
  concentricLayoutOptions,
  fcoseLayoutOptions,
  incrementalFcoseOptions,
  LARGE_GRAPH_NODES,
  type FixedNode,
} from './layout-options';
import { placeNewNodes } from './place-new-nodes';
import type { LayoutPlan } from './plan-layout';

export interface LayoutRequest {
  plan: LayoutPlan;
  layout: LayoutName;
  /** Nodes added by the last change (for an incremental run). */
  added: NodeCollection;
  /** The root of concentric and breadth-first layouts. */
  root: string | null;
  /** Animate only small drawings: animating thousands of nodes costs more than it shows. */
  animate?: boolean;
  /** Called when the layout ends (also when it ends inside run(), as unanimated layouts do). */
  onStop?: () => void;
}

function fixedPositions(nodes: NodeCollection): FixedNode[] {
  return nodes.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
}

/** Hops from the root over the drawn graph (unreached nodes are left out). */
export function hopDistances(cy: Core, root: string | null): Map<string, number> {
  const distances = new Map<string, number>();
  const start = root === null ? cy.collection() : cy.getElementById(root);
  if (start.empty()) return distances;
  cy.elements().bfs({
    roots: start,
    directed: false,
    visit: (node, _edge, _previous, _index, depth) => {
      distances.set(node.id(), depth);
    },
  });
  return distances;
}

const HELD = '_explorerHeldForLayout';

/**
 * Locks the nodes an incremental run must not move until it ends: fcose's fixed-node constraint alone still
 * nudges them by a pixel or so; a locked node's position cannot be set at all.
 */
function holdDuring(cy: Core, nodes: NodeCollection, layout: Layouts): void {
  const held = nodes.filter((node) => !node.locked());
  held.lock();
  cy.scratch(HELD, held);
  layout.one('layoutstop', () => releaseHeld(cy));
}

function releaseHeld(cy: Core): void {
  const held = cy.scratch(HELD) as NodeCollection | undefined;
  held?.filter((node) => node.inside()).unlock();
  cy.removeScratch(HELD);
}

export function runLayout(cy: Core, request: LayoutRequest): Layouts | null {
  // A run stopped before its end (a newer change) leaves its held nodes locked: free them first.
  releaseHeld(cy);
  const nodeCount = cy.nodes().length;
  const animate = request.animate ?? nodeCount <= LARGE_GRAPH_NODES;
  if (request.plan === 'none' || nodeCount === 0) return null;

  if (request.plan === 'incremental') {
    placeNewNodes(cy, request.added);
    const around = request.added.union(request.added.neighborhood());
    const fixed = around
      .nodes()
      .not(request.added)
      .union(around.nodes().filter((node) => node.locked()));
    // Not animated: an animation moves nodes outside the position setter, past the locks that hold the others.
    const layout = around.layout(incrementalFcoseOptions(fixedPositions(fixed), false));
    holdDuring(cy, fixed, layout);
    return start(layout, request.onStop);
  }

  const pinned = cy.nodes().filter((node) => node.locked());
  let layout: Layouts;
  switch (request.layout) {
    case 'concentric':
      layout = cy.layout(concentricLayoutOptions(hopDistances(cy, request.root), animate));
      break;
    case 'breadthfirst':
      layout = cy.layout(breadthfirstLayoutOptions(request.root === null ? [] : [request.root], animate));
      break;
    default:
      layout = cy.layout(fcoseLayoutOptions(nodeCount, fixedPositions(pinned), animate));
  }
  return start(layout, request.onStop);
}

function start(layout: Layouts, onStop: (() => void) | undefined): Layouts {
  if (onStop !== undefined) layout.one('layoutstop', onStop);
  layout.run();
  return layout;
}
