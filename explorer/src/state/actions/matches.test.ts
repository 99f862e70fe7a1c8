// The partner-matches operations: finding partners opens the panel on the organisation; choosing a candidate draws
// its paths breadth-first from the first; any change of the question forgets the candidate.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../app-state';
import { reduce } from '../store';
import { matchActions as m } from './matches';

const base = createDefaultState();
const opened = reduce(base, m.findPartnersFor('ORG-A'));

describe('matches actions', () => {
  it('find partners for: the matches panel, the organisation selected and centred', () => {
    expect([opened.mode, opened.matches.org, opened.selected, opened.explore.centre]).toEqual([
      'matches',
      'ORG-A',
      'ORG-A',
      'ORG-A',
    ]);
    expect(reduce(opened, m.findPartnersFor('ORG-A'))).toBe(opened);
  });

  it('a chosen candidate’s paths are drawn breadth-first, the first highlighted; closing restores the layout', () => {
    const highlightedElsewhere = { ...opened, paths: { ...opened.paths, highlighted: 2 } };
    const chosen = reduce(highlightedElsewhere, m.chooseMatchCandidate('ORG-B'));
    expect([chosen.matches.candidate, chosen.canvas.layout, chosen.paths.highlighted]).toEqual([
      'ORG-B',
      'breadthfirst',
      0,
    ]);
    expect(chosen.canvas.layoutRequest).toBe(opened.canvas.layoutRequest + 1);
    const closed = reduce(chosen, m.chooseMatchCandidate(null));
    expect([closed.matches.candidate, closed.canvas.layout]).toEqual([null, 'force']);
  });

  it('ignores a candidate without an organisation, or the organisation itself', () => {
    expect(reduce(base, m.chooseMatchCandidate('ORG-B'))).toBe(base);
    expect(reduce(opened, m.chooseMatchCandidate('ORG-A'))).toBe(opened);
  });

  it('forgets the drawn candidate when the question changes', () => {
    const chosen = reduce(opened, m.chooseMatchCandidate('ORG-B'));
    for (const action of [
      m.setMatchNeed('CAP-1'),
      m.toggleMatchKind('HOSPITAL'),
      m.toggleMatchHub('HUB-1', ['HUB-1', 'HUB-2']),
      m.setIncludeExisting(true),
    ]) {
      const next = reduce(chosen, action);
      expect([next.matches.candidate, next.canvas.layout]).toEqual([null, 'force']);
    }
    expect(reduce(chosen, m.toggleMatchKind('HOSPITAL')).matches.orgKinds).toEqual([
      'COMPANY',
      'UNIVERSITY',
      'RESEARCH_INSTITUTE',
      'PUBLIC_AGENCY',
      'SUPPORT_ORG',
    ]);
  });

  it('another organisation keeps the hub and kind conditions but not the need, which was the last one’s', () => {
    const narrowed = reduce(reduce(opened, m.setMatchNeed('CAP-1')), m.toggleMatchKind('HOSPITAL'));
    const next = reduce(narrowed, m.findPartnersFor('ORG-C'));
    expect([next.matches.org, next.matches.need, next.matches.orgKinds?.includes('HOSPITAL')]).toEqual([
      'ORG-C',
      null,
      false,
    ]);
    const cleared = reduce(next, m.clearMatchOrganization());
    expect([cleared.matches.org, cleared.mode]).toEqual([null, 'matches']);
  });
});
