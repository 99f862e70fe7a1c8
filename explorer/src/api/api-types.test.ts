// Checks the enum lists and the search hit narrowing.
import { describe, expect, it } from 'vitest';
import { isLinkKind, isOrgKind, LINK_KINDS, ORG_KINDS, toOrganizationHit, type SearchResult } from './api-types';

describe('kinds', () => {
  it('list the six organisation kinds and seven link kinds', () => {
    expect(ORG_KINDS).toHaveLength(6);
    expect(LINK_KINDS).toHaveLength(7);
    expect(isOrgKind('HOSPITAL')).toBe(true);
    expect(isOrgKind('hospital')).toBe(false);
    expect(isLinkKind('MOU')).toBe(true);
    expect(isLinkKind(3)).toBe(false);
  });
});

describe('toOrganizationHit', () => {
  const base = {
    id: 'ORG-SNU',
    name: '서울대',
    nameEn: 'SNU',
    match: 'EXACT' as const,
    matchedText: '서울대',
    score: 110,
  };

  it('keeps an organisation with its kind and hub names', () => {
    const result: SearchResult = {
      ...base,
      node: { kind: 'UNIVERSITY', synthetic: false, hub: { id: 'HUB-BAEGOT', name: '배곧', nameEn: 'Baegot' } },
    };
    expect(toOrganizationHit(result)).toEqual({
      id: 'ORG-SNU',
      name: '서울대',
      nameEn: 'SNU',
      kind: 'UNIVERSITY',
      hubName: '배곧',
      hubNameEn: 'Baegot',
      synthetic: false,
      matchedText: '서울대',
    });
  });

  it('drops anything that is not an organisation', () => {
    expect(toOrganizationHit({ ...base, node: {} })).toBeNull();
  });
});
