import { describe, expect, it } from 'vitest';
import { matchedName, searchParams } from './search-entities.ts';

describe('searchParams', () => {
  it('searches initial consonants for consonant-only text, without spaces, and skips the full-text index', () => {
    expect(searchParams({ text: 'ㅅㅇ ㄷ', kinds: null, first: 10 })).toEqual({
      text: null,
      choseong: 'ㅅㅇㄷ',
      lucene: null,
      kinds: null,
      first: 10,
    });
  });

  it('searches names with normalised text and the full-text index otherwise', () => {
    expect(searchParams({ text: '  SNU   Hosp ', kinds: ['ORGANIZATION'], first: 5 })).toEqual({
      text: 'snu hosp',
      choseong: null,
      lucene: '+snu +(hosp~1 hosp*)',
      kinds: ['ORGANIZATION'],
      first: 5,
    });
  });
});

describe('matchedName', () => {
  const names = ['서울대학교병원', 'Seoul National University Hospital', '서울대병원', 'SNU Hospital'];

  it('finds the stored name or alias behind a key: its normalised form, romanisation or 초성', () => {
    expect(matchedName(names, 'snu hospital')).toBe('SNU Hospital');
    expect(matchedName(names, 'seouldaebyeongwon')).toBe('서울대병원');
    expect(matchedName(names, 'ㅅㅇㄷㅎㄱㅂㅇ')).toBe('서울대학교병원');
  });

  it('answers null when there is no key (a full-text match) or nothing fits', () => {
    expect(matchedName(names, null)).toBeNull();
    expect(matchedName(names, 'baegot')).toBeNull();
  });
});
