import { describe, expect, it } from 'vitest';
import { identifyTable } from './identify-table.ts';
import type { RawTable } from './raw-table.ts';

const table = (header: string[], file = 'x.csv'): RawTable => ({ file, header, records: [], complete: true });
const typeOf = (result: ReturnType<typeof identifyTable>) =>
  'table' in result ? result.table.type : result.problem.expected;

describe('identifyTable', () => {
  it('takes the type from the file or sheet name, English or Korean', () => {
    expect(typeOf(identifyTable(table(['id']), ['organizations']))).toBe('organizations');
    expect(typeOf(identifyTable(table(['id']), ['Organization_Capabilities']))).toBe('organizationCapabilities');
    expect(typeOf(identifyTable(table(['id']), ['협력 관계']))).toBe('collaborations');
    expect(typeOf(identifyTable(table(['id']), ['Sheet1', '과제참여기관']))).toBe('projectMembers');
  });

  it('otherwise from a header that only one type fits, and maps Korean headers to the English columns', () => {
    const result = identifyTable(table(['기관아이디', '역량아이디', '우선순위']), ['2025 수요조사']);
    expect('table' in result && result.table).toMatchObject({
      type: 'organizationNeeds',
      header: ['orgId', 'capabilityId', 'priority'],
      columnLabels: { orgId: '기관아이디' },
    });
    expect(typeOf(identifyTable(table(['orgId', 'eventId', 'role']), ['export']))).toBe('attendance');
    expect(
      typeOf(identifyTable(table(['id', '예산 (백만원)', 'title', 'titleEn', 'funder', 'startYear']), ['list'])),
    ).toBe('projects');
  });

  it('says so when neither tells', () => {
    expect(typeOf(identifyTable(table(['memo', 'author']), ['notes']))).toMatch(
      /^a file or sheet named after a dataset type/,
    );
    expect(typeOf(identifyTable(table(['orgId', 'role']), ['list']))).toMatch(/^a file or sheet named after/);
  });
});
