// Options for the three layouts (fcose force, concentric around the selection, breadth-first for paths), scaled
// to the size of the drawing, and fcose's incremental run that places newcomers while the rest stays fixed.
import type { BreadthFirstLayoutOptions, ConcentricLayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';

/**
 * Above this many nodes the layout keeps only fcose's fast spectral step, without animation: its
 * force refinement grows roughly with the square of the node count and blocks the page while it runs
 * (explorer/README.md).
 */
export const LARGE_GRAPH_NODES = 600;

export const LAYOUT_PADDING = 40;

/** A fitted small view is not blown up past this zoom: labels stay at reading size. */
export const FIT_MAX_ZOOM = 1.5;

export interface FixedNode {
  nodeId: string;
  position: Position;
}

export function fcoseLayoutOptions(
  nodeCount: number,
  fixed: readonly FixedNode[] = [],
  animate?: boolean,
): FcoseLayoutOptions {
  const large = nodeCount > LARGE_GRAPH_NODES;
  return {
    name: 'fcose',
    quality: large ? 'draft' : 'default',
    randomize: true,
    animate: animate ?? !large,
    animationDuration: 600,
    fit: true,
    padding: LAYOUT_PADDING,
    nodeDimensionsIncludeLabels: false,
    // Nodes differ in size (the chosen centrality): fcose must see each one's own size to keep them apart.
    uniformNodeDimensions: false,
    // No layout-utilities extension is registered; fcose's packing would only warn.
    packComponents: false,
    nodeRepulsion: 9000,
    idealEdgeLength: 80,
    edgeElasticity: 0.45,
    nestingFactor: 0.1,
    numIter: large ? 1500 : 2500,
    gravity: 0.3,
    tile: true,
    // Pinned nodes stay where the user put them.
    fixedNodeConstraint: fixed.length > 0 ? [...fixed] : undefined,
  };
}

/**
 * Lays out the newcomers only: run on the newcomers and their neighbours, the neighbours fixed where they are.
 * fcose starts from the given positions only in "proof" quality; the collection is small, so it stays quick.
 */
export function incrementalFcoseOptions(fixed: readonly FixedNode[], animate: boolean): FcoseLayoutOptions {
  return {
    ...fcoseLayoutOptions(0),
    quality: 'proof',
    randomize: false,
    animate,
    animationDuration: 400,
    fit: false,
    numIter: 1000,
    fixedNodeConstraint: fixed.length > 0 ? [...fixed] : undefined,
  };
}

/** Rings by hops from the root (the selection): the root in the middle, the farthest outside, the unreachable last. */
export function concentricLayoutOptions(
  distances: ReadonlyMap<string, number>,
  animate: boolean,
): ConcentricLayoutOptions {
  let farthest = 0;
  for (const distance of distances.values()) farthest = Math.max(farthest, distance);
  return {
    name: 'concentric',
    concentric: (node: NodeSingular) => farthest + 1 - (distances.get(node.id()) ?? farthest + 1),
    levelWidth: () => 1,
    minNodeSpacing: 24,
    fit: true,
    padding: LAYOUT_PADDING,
    animate,
    animationDuration: 500,
  };
}

/** Trees grown from the roots (a path's start), drawn left to right when the view is wide. */
export function breadthfirstLayoutOptions(roots: readonly string[], animate: boolean): BreadthFirstLayoutOptions {
  return {
    name: 'breadthfirst',
    directed: false,
    roots: roots.length > 0 ? [...roots] : undefined,
    spacingFactor: 1.1,
    fit: true,
    padding: LAYOUT_PADDING,
    animate,
    animationDuration: 500,
  };
}
