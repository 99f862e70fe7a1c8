import { describe, expect, it } from 'vitest';
import { bool, date, enumOf, float, id, int, list, text } from './column-types.ts';

const value = <T>(result: { ok: true; value: T } | { ok: false }): T | 'FAIL' => (result.ok ? result.value : 'FAIL');

describe('column types', () => {
  it('reads integers within their range only', () => {
    const priority = int({ min: 1, max: 3 });
    expect(value(priority.parse('2'))).toBe(2);
    expect(value(priority.parse('4'))).toBe('FAIL');
    expect(value(priority.parse('1.0'))).toBe('FAIL');
    expect(value(int().parse('12x'))).toBe('FAIL');
    expect(value(int().parse('99999999999999999999'))).toBe('FAIL');
    expect(priority.expected).toBe('an integer from 1 to 3');
  });

  it('reads numbers, and positive ones only where asked', () => {
    expect(value(float().parse('37.370'))).toBe(37.37);
    expect(value(float().parse('-1.5e2'))).toBe(-150);
    expect(value(float().parse('1,5'))).toBe('FAIL');
    expect(value(float({ positive: true }).parse('0'))).toBe('FAIL');
    expect(value(float({ min: -90, max: 90 }).parse('91'))).toBe('FAIL');
  });

  it('reads booleans written true or false in any case (Excel writes TRUE), or 예/아니오', () => {
    expect(value(bool.parse('true'))).toBe(true);
    expect(value(bool.parse('false'))).toBe(false);
    expect(value(bool.parse('TRUE'))).toBe(true);
    expect(value(bool.parse('아니오'))).toBe(false);
    expect(value(bool.parse('1'))).toBe('FAIL');
    expect(value(bool.parse('yes'))).toBe('FAIL');
  });

  it('reads only real calendar dates written YYYY-MM-DD', () => {
    expect(value(date.parse('2024-02-29'))).toBe('2024-02-29');
    expect(value(date.parse('2023-02-29'))).toBe('FAIL');
    expect(value(date.parse('2025-13-01'))).toBe('FAIL');
    expect(value(date.parse('2025-04-31'))).toBe('FAIL');
    expect(value(date.parse('2025-6-1'))).toBe('FAIL');
  });

  it('reads enums, ids and lists', () => {
    expect(value(enumOf(['A', 'B']).parse('B'))).toBe('B');
    expect(value(enumOf(['A', 'B']).parse('b'))).toBe('FAIL');
    expect(value(enumOf(['MOU', 'SUPPLY'], { MOU: '업무협약' }).parse('업무협약'))).toBe('MOU');
    expect(enumOf(['MOU', 'SUPPLY'], { MOU: '업무협약' }).expected).toBe('one of MOU (업무협약), SUPPLY');
    expect(value(id.parse('ORG-SNU-SIHEUNG'))).toBe('ORG-SNU-SIHEUNG');
    expect(value(id.parse('org-snu'))).toBe('FAIL');
    expect(value(id.parse('ORG--X'))).toBe('FAIL');
    expect(value(list.parse('서울대; SNU ;;Seoul National University'))).toEqual([
      '서울대',
      'SNU',
      'Seoul National University',
    ]);
  });

  it('composes Hangul and unifies line breaks in text', () => {
    expect(value(text.parse('서울대'.normalize('NFD')))).toBe('서울대');
    expect(value(text.parse('a\r\nb'))).toBe('a\nb');
  });
});
