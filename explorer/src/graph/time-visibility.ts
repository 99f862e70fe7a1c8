// Which links and organisations of a view are out of time: links not running on the as-of date or in the year
// range, and organisations left with no running link. Applied in the page, so the drawing keeps its positions.
import type { GraphEdge, GraphPayload } from '../api/api-types';

export interface TimeWindow {
  /** YYYY-MM-DD, or null for no date. */
  asOf: string | null;
  yearFrom: number | null;
  yearTo: number | null;
}

export function isTimeFiltered(window: TimeWindow): boolean {
  return window.asOf !== null || window.yearFrom !== null || window.yearTo !== null;
}

/**
 * The API's rule for `asOf` (since ≤ date and no until or until ≥ date), and for a year range: the link ran at
 * some time in it. A link without a start date is taken as always there: nothing says when it began.
 */
export function isLinkInWindow(edge: Pick<GraphEdge, 'since' | 'until'>, window: TimeWindow): boolean {
  const { since, until } = edge;
  if (window.asOf !== null) {
    if (since !== null && since > window.asOf) return false;
    if (until !== null && until < window.asOf) return false;
  }
  if (window.yearFrom !== null && until !== null && until < `${window.yearFrom}-01-01`) return false;
  if (window.yearTo !== null && since !== null && since > `${window.yearTo}-12-31`) return false;
  return true;
}

/**
 * The ids to leave out of the drawing. `anchors` (the centre, the path ends) always stay, even alone: the
 * user asked for them.
 */
export function outOfTime(payload: GraphPayload, window: TimeWindow, anchors: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  if (!isTimeFiltered(window)) return out;
  const linked = new Set<string>(anchors);
  for (const edge of payload.edges) {
    if (isLinkInWindow(edge, window)) {
      linked.add(edge.source);
      linked.add(edge.target);
    } else {
      out.add(edge.id);
    }
  }
  for (const node of payload.nodes) if (!linked.has(node.id)) out.add(node.id);
  return out;
}

/** The years the view's links span (first start to the last year any link ran), for the time slider. */
export function yearSpanOf(payload: GraphPayload, thisYear: number): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const edge of payload.edges) {
    if (edge.since === null) continue;
    const start = Number(edge.since.slice(0, 4));
    first = Math.min(first, start);
    last = Math.max(last, start, edge.until === null ? thisYear : Number(edge.until.slice(0, 4)));
  }
  return Number.isFinite(first) ? { first, last: Math.max(first, last) } : null;
}
