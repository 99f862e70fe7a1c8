// The partner matches in the address bar: written and read back the same; malformed parts fall back to defaults.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from './app-state';
import { createMatchSettings } from './matches-state';
import { parseUrlState, serializeUrlState } from './url-state';

describe('matches in the URL', () => {
  it('round-trips the organisation, the candidate and the conditions with the mode', () => {
    const matches = {
      org: 'ORG-A',
      candidate: 'ORG-B',
      need: 'CAP-7',
      hubs: ['HUB-1'],
      orgKinds: ['HOSPITAL' as const],
      includeExisting: true,
    };
    const state = { ...createDefaultState(), mode: 'matches' as const, matches };
    const search = serializeUrlState(state);
    expect(search).toContain('for=ORG-A');
    expect(search).toContain('cand=ORG-B');
    const parsed = parseUrlState(search);
    expect([parsed.mode, parsed.matches]).toEqual(['matches', matches]);
  });

  it('draws a linked candidate’s paths breadth-first without naming the layout', () => {
    const state = {
      ...createDefaultState(),
      mode: 'matches' as const,
      matches: { ...createMatchSettings(), org: 'ORG-A', candidate: 'ORG-B' },
    };
    const withLayout = { ...state, canvas: { ...state.canvas, layout: 'breadthfirst' as const } };
    expect(serializeUrlState(withLayout)).not.toContain('layout=');
    expect(parseUrlState('?mode=matches&for=ORG-A&cand=ORG-B').canvas.layout).toBe('breadthfirst');
    expect(parseUrlState('?mode=matches&for=ORG-A').canvas.layout).toBe('force');
  });

  it('leaves matches out by default and drops malformed ids, kinds and a candidate without an organisation', () => {
    expect(serializeUrlState(createDefaultState())).toBe('');
    expect(parseUrlState('?cand=ORG-B').matches).toEqual(createMatchSettings());
    expect(parseUrlState('?for=ORG-A&cand=ORG-A&need=bad%20id&mkinds=HOSPITAL,ROBOT').matches).toEqual({
      ...createMatchSettings(),
      org: 'ORG-A',
      orgKinds: ['HOSPITAL'],
    });
  });
});
