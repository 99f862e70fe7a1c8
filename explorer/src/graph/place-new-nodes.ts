// Gives nodes that just arrived a starting position beside the nodes they link to, so a layout run on the
// newcomers alone settles them near their neighbours while everything else stays where it was.
import type { Core, NodeCollection, Position } from 'cytoscape';

/** Around the centroid of their placed neighbours, on a small circle so they do not start on top of each other. */
export function placeNewNodes(cy: Core, added: NodeCollection, radius = 60): void {
  const placedIds = new Set<string>();
  const fallback = centroid(cy.nodes().not(added));
  added.forEach((node, index) => {
    const anchors = node
      .neighborhood()
      .nodes()
      .filter((other) => !added.has(other) || placedIds.has(other.id()));
    const centre = centroid(anchors) ?? fallback ?? { x: 0, y: 0 };
    const angle = (index * 2.399963) % (2 * Math.PI); // the golden angle spreads any number of nodes evenly
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    placedIds.add(node.id());
  });
}

function centroid(nodes: NodeCollection): Position | null {
  if (nodes.empty()) return null;
  let x = 0;
  let y = 0;
  nodes.forEach((node) => {
    const position = node.position();
    x += position.x;
    y += position.y;
  });
  return { x: x / nodes.length, y: y / nodes.length };
}
