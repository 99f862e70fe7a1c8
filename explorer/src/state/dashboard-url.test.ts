// Checks the dashboard's part of the URL: it round-trips through the whole URL state, defaults stay out, bad input is
// dropped.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from './app-state';
import { createDashboardSettings } from './dashboard-state';
import { parseUrlState, serializeUrlState } from './url-state';

describe('the dashboard in the URL', () => {
  it('keeps the mode and every dashboard setting through a reload', () => {
    const state = createDefaultState({
      mode: 'dashboard',
      dashboard: {
        densityBy: 'SECTOR',
        centralityMetric: 'PAGERANK',
        communityColours: true,
        proposedLinks: [
          { from: 'ORG-A', to: 'SYN-CO-001' },
          { from: 'B', to: 'C' },
        ],
      },
    });
    const search = serializeUrlState(state);
    expect(search).toBe('?mode=dashboard&dby=SECTOR&metric=PAGERANK&communities=1&whatif=ORG-A.SYN-CO-001,B.C');
    const parsed = parseUrlState(search);
    expect(parsed.mode).toBe('dashboard');
    expect(parsed.dashboard).toEqual(state.dashboard);
  });

  it('leaves the defaults out of the URL', () => {
    expect(serializeUrlState(createDefaultState({ mode: 'dashboard' }))).toBe('?mode=dashboard');
    expect(parseUrlState('?mode=dashboard').dashboard).toEqual(createDashboardSettings());
  });

  it('drops unknown groupings and metrics, malformed, self and repeated links', () => {
    const parsed = parseUrlState('?dby=STREET&metric=fame&communities=yes&whatif=A.B,B.A,C.C,D,E.F.G,%3Cx%3E.H,I.J');
    expect(parsed.dashboard).toEqual({
      ...createDashboardSettings(),
      proposedLinks: [
        { from: 'A', to: 'B' },
        { from: 'I', to: 'J' },
      ],
    });
  });

  it('keeps at most the 50 links the API takes', () => {
    const links = Array.from({ length: 60 }, (_, index) => `A${index}.B${index}`).join(',');
    expect(parseUrlState(`?whatif=${links}`).dashboard.proposedLinks).toHaveLength(50);
  });
});
