// The import and partner-matches strings: the same keys and placeholders in Korean and English, none empty.
import { describe, expect, it } from 'vitest';
import { importMessages } from './import-messages';
import { matchesMessages } from './matches-messages';

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix === '' ? key : `${prefix}.${key}`));
}

describe.each([
  ['import', importMessages],
  ['matches', matchesMessages],
] as const)('%s messages', (_name, table) => {
  const ko = leaves(table.ko);
  const en = new Map(leaves(table.en));

  it('have the same keys and placeholders in both languages, and none is empty', () => {
    expect(ko.map(([key]) => key).sort()).toEqual([...en.keys()].sort());
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of ko) {
      expect(placeholders(value), key).toEqual(placeholders(en.get(key)));
      expect(String(value).trim(), key).not.toBe('');
      expect(String(en.get(key)).trim(), key).not.toBe('');
    }
  });
});
