import { describe, expect, it } from 'vitest';
import { build, validTexts } from '../../test/dataset-fixtures.ts';
import { ORGANIZATION_KINDS } from '../dataset/index.ts';
import { KIND_LABELS, kindLabels } from '@siheung/core/kind-labels';
import { LOAD_STEPS } from './load-steps.ts';

describe('LOAD_STEPS', () => {
  const dataset = build(validTexts());

  it('writes nodes before the links that need them', () => {
    const order = LOAD_STEPS.map((step) => step.query);
    expect(order.indexOf('load-hubs')).toBeLessThan(order.indexOf('load-organizations'));
    expect(order.indexOf('load-capabilities')).toBeLessThan(order.indexOf('load-capability-broader'));
    expect(order.indexOf('load-programs')).toBeLessThan(order.indexOf('load-events'));
    expect(order.indexOf('load-organizations')).toBeLessThan(order.indexOf('load-collaborations'));
    expect(order.indexOf('load-events')).toBeLessThan(order.indexOf('load-attendance'));
    expect(order.indexOf('load-projects')).toBeLessThan(order.indexOf('load-project-members'));
  });

  it('gives organisation rows their kind label (from the allow-list) and search keys', () => {
    const step = LOAD_STEPS.find((candidate) => candidate.query === 'load-organizations');
    const [uni] = (step?.rows(dataset) ?? []) as Record<string, unknown>[];
    expect(uni).toMatchObject({ id: 'T-LOAD-ORG-UNI', label: 'University', aliasText: '서울대 | SNU' });
    expect(uni?.otherLabels).toEqual(['Company', 'Hospital', 'ResearchInstitute', 'PublicAgency', 'SupportOrg']);
    expect(String(uni?.searchChoseong)).toContain('ㅅㅇㄷ');
    expect(String(uni?.searchText)).toContain('snu');
  });

  it('hashes row content, so the same row always gets the same hash', () => {
    const step = LOAD_STEPS.find((candidate) => candidate.query === 'load-hubs');
    const first = step?.rows(dataset) as { hash: string }[];
    const again = step?.rows(build(validTexts())) as { hash: string }[];
    expect(first.map((row) => row.hash)).toEqual(again.map((row) => row.hash));
    expect(new Set(first.map((row) => row.hash)).size).toBe(first.length);
  });

  it('has a label for every organisation kind, and only those', () => {
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...ORGANIZATION_KINDS].sort());
    expect(() => kindLabels('ALIEN' as never)).toThrow(/no label/);
  });
});
