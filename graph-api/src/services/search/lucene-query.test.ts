import { describe, expect, it } from 'vitest';
import { escapeLucene, searchWords, toLuceneQuery } from './lucene-query.ts';

describe('toLuceneQuery', () => {
  it('requires every word and tolerates one typo in English words of 4 letters or more', () => {
    expect(toLuceneQuery('Seol National')).toBe('+seol~1 +(national~1 national*)');
    expect(toLuceneQuery('snu hosp')).toBe('+snu +(hosp~1 hosp*)');
  });

  it('passes Korean words as they are (the cjk analyzer splits them into bigrams)', () => {
    expect(toLuceneQuery('서울대 병원')).toBe('+서울대 +병원');
  });

  it('keeps Lucene syntax in user input from reaching the parser', () => {
    expect(toLuceneQuery('"AND (')).toBe('+(and and*)');
    expect(toLuceneQuery('title:(snu) OR -x* [a TO z]')).toBe('+title~1 +snu +or +x +a +to +z');
    expect(toLuceneQuery('"()[]{}~*?:\\/')).toBeNull();
    expect(toLuceneQuery('   ')).toBeNull();
  });

  it('reads at most eight words', () => {
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('escapeLucene', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^"g"~h*i?j:k\\l/m&&n||o')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^\\"g\\"\\~h\\*i\\?j\\:k\\\\l\\/m\\&\\&n\\|\\|o',
    );
  });
});
