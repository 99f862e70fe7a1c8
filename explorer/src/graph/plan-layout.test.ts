// Checks how much is laid out after a change: nothing, the newcomers, or everything.
import { describe, expect, it } from 'vitest';
import { planLayout } from './plan-layout';

const change = { nodesBefore: 20, nodesAdded: 0, nodesRemoved: 0, layoutRequested: false };

describe('planLayout', () => {
  it('lays out everything on the first draw and when asked', () => {
    expect(planLayout({ ...change, nodesBefore: 0, nodesAdded: 30 })).toBe('full');
    expect(planLayout({ ...change, layoutRequested: true })).toBe('full');
  });

  it('places only the newcomers when the view grows (expand, load more, a filter undone)', () => {
    expect(planLayout({ ...change, nodesAdded: 40 })).toBe('incremental');
    expect(planLayout({ ...change, nodesAdded: 5, nodesRemoved: 3 })).toBe('incremental');
  });

  it('moves nothing when the view only shrinks or changes its marks', () => {
    expect(planLayout(change)).toBe('none');
    expect(planLayout({ ...change, nodesRemoved: 15 })).toBe('none');
    expect(planLayout({ ...change, nodesBefore: 0 })).toBe('none');
  });

  it('lays out afresh when more nodes went than stayed (another view)', () => {
    expect(planLayout({ ...change, nodesAdded: 10, nodesRemoved: 15 })).toBe('full');
    expect(planLayout({ ...change, nodesAdded: 10, nodesRemoved: 20 })).toBe('full');
  });
});
