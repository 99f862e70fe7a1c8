// Checks that the view survives the address bar: every part round-trips, defaults stay out, bad input is ignored.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from './app-state';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

function view(state: UrlState): UrlState {
  const { language, mode, selected, explore, filters, paths, canvas, timeline, dashboard, matches } = state;
  return { language, mode, selected, explore, filters, paths, canvas, timeline, dashboard, matches };
}

describe('serializeUrlState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeUrlState(createDefaultState())).toBe('');
  });

  it('writes a neighbourhood view with filters, date and language readably', () => {
    const base = createDefaultState();
    const state: UrlState = {
      ...base,
      language: 'en',
      selected: 'SYN-CO-001',
      explore: { centre: 'ORG-SNU-SIHEUNG', depth: 2, expanded: ['ORG-SIHEUNG-IPA'], limit: 400 },
      filters: {
        orgKinds: ['COMPANY', 'HOSPITAL'],
        hubs: ['HUB-BAEGOT'],
        linkKinds: null,
        yearFrom: 2018,
        yearTo: null,
      },
      timeline: { asOf: '2022-12-31', playing: true },
    };
    expect(serializeUrlState(state)).toBe(
      '?org=ORG-SNU-SIHEUNG&sel=SYN-CO-001&depth=2&expand=ORG-SIHEUNG-IPA&limit=400' +
        '&kinds=COMPANY,HOSPITAL&hubs=HUB-BAEGOT&years=2018-&asOf=2022-12-31&lang=en',
    );
  });
});

describe('parseUrlState', () => {
  it('gives the default view for an empty query', () => {
    expect(parseUrlState('')).toEqual(view(createDefaultState()));
  });

  it('reads back every part it writes', () => {
    const base = createDefaultState();
    const state: UrlState = {
      language: 'en',
      mode: 'paths',
      selected: 'B',
      explore: { centre: 'A', depth: 3, expanded: ['C', 'D'], limit: 800 },
      filters: { orgKinds: [], hubs: ['HUB-JEONGWANG'], linkKinds: ['JOINT_RD', 'MOU'], yearFrom: 2015, yearTo: 2020 },
      paths: { from: 'ORG-SNU-SIHEUNG', to: 'SYN-CO-107', k: 5, maxHops: 6, linkKinds: ['SUPPLY'], highlighted: 0 },
      canvas: { ...base.canvas, layout: 'concentric', sizeBy: 'betweenness', hidden: ['E'] },
      timeline: { asOf: '2019-06-30', playing: false },
      dashboard: base.dashboard,
      matches: base.matches,
    };
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('selects the centre when no other selection is given, and keeps Korean by default', () => {
    expect(parseUrlState('?org=ORG-A')).toMatchObject({
      selected: 'ORG-A',
      language: 'ko',
      explore: { centre: 'ORG-A' },
    });
    expect(parseUrlState('?lang=EN').language).toBe('en');
  });

  it('ignores what is malformed instead of failing', () => {
    const state = parseUrlState(
      '?org=bad%20id&mode=nope&depth=7&kinds=COMPANY,ALIEN&links=&asOf=2023-02-30&years=abc&k=0&hops=99' +
        '&size=x&layout=y&limit=-5&expand=ok,%3Cscript%3E&lang=fr',
    );
    expect(state).toMatchObject({
      language: 'ko',
      mode: 'explore',
      selected: null,
      explore: { centre: null, depth: 1, expanded: ['ok'], limit: null },
      filters: { orgKinds: ['COMPANY'], linkKinds: [], yearFrom: null, yearTo: null },
      paths: { k: 3, maxHops: 4 },
      canvas: { layout: 'force', sizeBy: 'degree' },
      timeline: { asOf: null },
    });
  });

  it('opens the path finder with its breadth-first layout unless another is named', () => {
    expect(parseUrlState('?mode=paths').canvas.layout).toBe('breadthfirst');
    expect(serializeUrlState(parseUrlState('?mode=paths'))).toBe('?mode=paths');
  });
});
