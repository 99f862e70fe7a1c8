import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from './formula-escape.ts';

describe('formula escaping', () => {
  it('neutralises cells Excel would run as formulas, and leaves plain numbers and text alone', () => {
    expect(escapeFormula('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(['+82-31-123-4567', '-위험', '@SUM(A1)', '\tx', '\rx'].map(escapeFormula)).toEqual([
      "'+82-31-123-4567",
      "'-위험",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(['-5', '+3.25', '1e-3', '서울대', 'a=b', ''].map(escapeFormula)).toEqual([
      '-5',
      '+3.25',
      '1e-3',
      '서울대',
      'a=b',
      '',
    ]);
  });

  it('restores every value on import, including values that begin with apostrophes', () => {
    const values = ['=1+2', "'=1+2", "''@x", "'plain", '-5', '-', '+82-31-123-4567', "it's", 'normal'];
    for (const value of values) expect(unescapeFormula(escapeFormula(value))).toBe(value);
    expect(unescapeFormula("'plain")).toBe("'plain");
  });
});
