// Options for the fcose force-directed layout, scaled to the size of the network being drawn.
import type { FcoseLayoutOptions } from 'cytoscape-fcose';

/**
 * Above this many nodes the layout keeps only fcose's fast spectral step, without animation: its
 * force refinement grows roughly with the square of the node count (about 3.5 s for 500 nodes and
 * 1,500 links on a 2-core machine, minutes for 2,000 and 6,000) and blocks the page while it runs.
 */
export const LARGE_GRAPH_NODES = 600;

export function fcoseLayoutOptions(nodeCount: number): FcoseLayoutOptions {
  const large = nodeCount > LARGE_GRAPH_NODES;
  return {
    name: 'fcose',
    quality: large ? 'draft' : 'default',
    randomize: true,
    animate: !large,
    animationDuration: 600,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: true,
    // No layout-utilities extension is registered; fcose's packing would only warn.
    packComponents: false,
    nodeRepulsion: 6500,
    idealEdgeLength: 70,
    edgeElasticity: 0.45,
    nestingFactor: 0.1,
    numIter: large ? 1500 : 2500,
    gravity: 0.3,
    tile: true,
  };
}
