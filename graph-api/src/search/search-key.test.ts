import { describe, expect, it } from 'vitest';
import { computeSearchKeys, isChoseongQuery } from './search-key.ts';

describe('computeSearchKeys', () => {
  it('keeps initial consonants of every Korean name so ㅅㅇㄷ finds 서울대', () => {
    const keys = computeSearchKeys({ name: '서울대학교 시흥캠퍼스', nameEn: 'Seoul National University Siheung Campus', aliases: ['서울대', 'SNU'] });
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
