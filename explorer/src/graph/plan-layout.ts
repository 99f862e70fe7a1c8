// Decides how much of the drawing to lay out after the elements changed: nothing, only the newcomers (the rest
// keeps its place: the graph grows in place), or everything (a first draw, a different view, or the user asked).

export type LayoutPlan = 'none' | 'incremental' | 'full';

export interface ElementChange {
  /** Nodes on the canvas before the change. */
  nodesBefore: number;
  nodesAdded: number;
  nodesRemoved: number;
  /** The user chose a layout or asked to arrange the drawing again, or the view is about something else now. */
  layoutRequested: boolean;
}

export function planLayout(change: ElementChange): LayoutPlan {
  const kept = change.nodesBefore - change.nodesRemoved;
  const total = kept + change.nodesAdded;
  if (total === 0) return 'none';
  if (change.layoutRequested) return 'full';
  if (change.nodesAdded === 0) return 'none';
  // More left than stayed: this is another view (a new search), not the same one growing.
  if (kept === 0 || change.nodesRemoved > kept) return 'full';
  return 'incremental';
}
