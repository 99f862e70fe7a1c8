// Checks the language helpers.
import { describe, expect, it } from 'vitest';
import { isLanguage, otherLanguage } from './language';

describe('isLanguage', () => {
  it('accepts Korean and English only', () => {
    expect(isLanguage('ko')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});

describe('otherLanguage', () => {
  it('swaps Korean and English', () => {
    expect(otherLanguage('ko')).toBe('en');
    expect(otherLanguage('en')).toBe('ko');
  });
});
