// Checks which characters the label font is asked to load.
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../test-support/sample-graph';
import { labelCharacters, loadLabelFont } from './load-label-font';

describe('labelCharacters', () => {
  it('lists each character of the Korean and English labels once', () => {
    const chars = labelCharacters(sampleGraph());
    expect(chars).toContain('서');
    expect(chars).toContain('S');
    expect(new Set(chars).size).toBe(chars.length);
  });
});

describe('loadLabelFont', () => {
  it('resolves without a DOM (server-side, tests)', async () => {
    await expect(loadLabelFont('서울')).resolves.toBeUndefined();
  });
});
