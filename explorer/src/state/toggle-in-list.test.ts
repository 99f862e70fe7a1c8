// Checks the multi-choice toggle: from "all", back to "all", and down to nothing.
import { describe, expect, it } from 'vitest';
import { toggleInList } from './toggle-in-list';

const ALL = ['a', 'b', 'c'] as const;

describe('toggleInList', () => {
  it('removes a value from "all" and returns to "all" when it comes back', () => {
    const withoutB = toggleInList<string>(null, 'b', ALL);
    expect(withoutB).toEqual(['a', 'c']);
    expect(toggleInList(withoutB, 'b', ALL)).toBeNull();
  });

  it('keeps the options order and can reach an empty choice', () => {
    expect(toggleInList<string>(['c'], 'a', ALL)).toEqual(['a', 'c']);
    expect(toggleInList<string>(['c'], 'c', ALL)).toEqual([]);
  });
});
