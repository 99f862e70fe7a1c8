import { describe, expect, it } from 'vitest';
import { isExcluded, longLines } from './check-line-length.ts';

const line = (columns: number, char = 'a'): string => char.repeat(columns);

describe('longLines', () => {
  it('names the lines over 120 columns, counted from 1', () => {
    const text = [line(120), line(121), '', line(300)].join('\n');
    expect(longLines('a.ts', text)).toEqual([
      { file: 'a.ts', line: 2, columns: 121 },
      { file: 'a.ts', line: 4, columns: 300 },
    ]);
  });

  it('counts code points, so Korean text is not counted by its bytes', () => {
    expect(longLines('a.md', line(120, '시'))).toEqual([]);
    expect(longLines('a.md', line(121, '시'))).toEqual([{ file: 'a.md', line: 1, columns: 121 }]);
  });

  it('skips the generated sections of Markdown files, markers included', () => {
    const text = ['<!-- eval:begin (written by a program) ' + line(120), line(200), '<!-- eval:end -->', line(130)];
    expect(longLines('a.md', text.join('\n'))).toEqual([{ file: 'a.md', line: 4, columns: 130 }]);
    expect(longLines('a.ts', text.join('\n')).map((found) => found.line)).toEqual([1, 2, 4]);
  });
});

describe('isExcluded', () => {
  it('matches folders by prefix and files by their whole path', () => {
    expect(isExcluded('graph-api/src/generated/resolvers-types.ts')).toBe(true);
    expect(isExcluded('graph-api/schema.graphql')).toBe(true);
    expect(isExcluded('graph-api/schema.graphql.bak')).toBe(false);
    expect(isExcluded('graph-api/src/schema/base.graphql')).toBe(false);
  });
});
