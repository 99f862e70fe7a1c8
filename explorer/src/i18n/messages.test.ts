// Checks that Korean and English carry the same message keys and that no message is empty.
import { describe, expect, it } from 'vitest';
import { LINK_KINDS, ORG_KINDS } from '../api/api-types';
import { formatMessage, messages } from './messages';

/** Every leaf of a nested message object as [dotted key, value]. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix === '' ? key : `${prefix}.${key}`));
}

describe('messages', () => {
  const ko = leaves(messages.ko);
  const en = leaves(messages.en);

  it('have the same keys in Korean and English', () => {
    expect(ko.map(([key]) => key).sort()).toEqual(en.map(([key]) => key).sort());
  });

  it('have no empty or non-string message', () => {
    for (const [key, value] of [...ko, ...en]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('name every organisation kind and link kind in both languages', () => {
    for (const language of ['ko', 'en'] as const) {
      expect(Object.keys(messages[language].orgKind).sort()).toEqual([...ORG_KINDS].sort());
      expect(Object.keys(messages[language].linkKind).sort()).toEqual([...LINK_KINDS].sort());
    }
    expect(messages.ko.orgKind.COMPANY).toBe('기업');
    expect(messages.en.linkKind.JOINT_RD).toBe('Joint R&D');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const enByKey = new Map(en);
    for (const [key, value] of ko) expect(placeholders(value), key).toEqual(placeholders(enByKey.get(key)));
  });

  it('state the database outage the way the banner promises', () => {
    expect(messages.ko.databaseUnavailable).toBe('데이터베이스에 연결할 수 없습니다');
    expect(messages.en.databaseUnavailable).toBe('The database is unavailable');
  });
});

describe('formatMessage', () => {
  it('fills placeholders and groups numbers', () => {
    expect(formatMessage(messages.en.summary, { nodes: 1234, edges: 5 }, 'en')).toBe('1,234 organisations · 5 links');
    expect(formatMessage(messages.ko.summary, { nodes: 1234, edges: 5 }, 'ko')).toBe('기관 1,234개 · 연결 5개');
    expect(formatMessage('{missing} stays', {}, 'en')).toBe('{missing} stays');
  });
});
