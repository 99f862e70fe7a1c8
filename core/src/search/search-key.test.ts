import { describe, expect, it } from 'vitest';
import { computeSearchKeys, isChoseongQuery, keysOfName } from './search-key.ts';

describe('computeSearchKeys', () => {
  it('keeps initial consonants of every Korean name so ㅅㅇㄷ finds 서울대', () => {
    const keys = computeSearchKeys({
      name: '서울대학교 시흥캠퍼스',
      nameEn: 'Seoul National University Siheung Campus',
      aliases: ['서울대', 'SNU'],
    });
    expect(keys.searchChoseong.split(' ')).toContain('ㅅㅇㄷㅎㄱㅅㅎㅋㅍㅅ');
    expect(keys.searchChoseong).toContain('ㅅㅇㄷ');
  });

  it('lower-cases English names and romanises Korean ones', () => {
    const keys = computeSearchKeys({ name: '배곧서울대병원', nameEn: 'Baegot SNU Hospital', aliases: [] });
    expect(keys.searchText).toContain('baegot snu hospital');
    expect(keys.searchText).toContain('baegotseouldaebyeongwon');
  });

  it('treats only consonant-only input as a 초성 query', () => {
    expect(isChoseongQuery('ㅅㅎ')).toBe(true);
    expect(isChoseongQuery('시흥')).toBe(false);
    expect(isChoseongQuery('snu')).toBe(false);
  });
});

describe('keysOfName', () => {
  it('gives a Korean name its romanisation and initial consonants, and an English one neither', () => {
    expect(keysOfName('세포배양 배지')).toEqual({
      text: '세포배양 배지',
      romanized: 'sepobaeyang baeji',
      choseong: 'ㅅㅍㅂㅇㅂㅈ',
    });
    expect(keysOfName('  Cell  Culture Media ')).toEqual({
      text: 'cell culture media',
      romanized: null,
      choseong: null,
    });
  });
});
