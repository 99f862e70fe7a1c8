// toPlain: driver values become plain JS (numbers, YYYY-MM-DD strings), nested in maps and lists; the rest passes as
// is.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from './to-plain.ts';

describe('toPlain', () => {
  it('converts integers, dates and date-times inside maps and lists, and keeps strings, numbers and booleans', () => {
    const row = {
      count: neo4j.int(42),
      huge: neo4j.int('9007199254740993'),
      since: new neo4j.types.Date(2019, 6, 30),
      at: new neo4j.types.DateTime(2026, 11, 25, 9, 30, 0, 0, 0),
      links: [{ id: 'L-1', weight: 1.5, synthetic: false, until: null, years: [neo4j.int(2019), neo4j.int(2020)] }],
      name: '시흥',
      missing: undefined,
    };
    expect(toPlain(row)).toEqual({
      count: 42,
      huge: '9007199254740993',
      since: '2019-06-30',
      at: '2026-11-25T09:30:00Z',
      links: [{ id: 'L-1', weight: 1.5, synthetic: false, until: null, years: [2019, 2020] }],
      name: '시흥',
      missing: null,
    });
  });
});
