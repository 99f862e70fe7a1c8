// Checks how the language is read from and written to the URL.
import { describe, expect, it } from 'vitest';
import { languageFromSearch, otherLanguage, urlWithLanguage } from './language';

describe('languageFromSearch', () => {
  it('defaults to Korean and reads ?lang=en', () => {
    expect(languageFromSearch('')).toBe('ko');
    expect(languageFromSearch('?lang=en')).toBe('en');
    expect(languageFromSearch('?x=1&lang=EN')).toBe('en');
    expect(languageFromSearch('?lang=fr')).toBe('ko');
  });
});

describe('urlWithLanguage', () => {
  it('sets lang for English and removes it for Korean, keeping other parameters and the hash', () => {
    expect(urlWithLanguage('http://h/?q=1#top', 'en')).toBe('http://h/?q=1&lang=en#top');
    expect(urlWithLanguage('http://h/?lang=en&q=1', 'ko')).toBe('http://h/?q=1');
    expect(urlWithLanguage('http://h/', 'ko')).toBe('http://h/');
  });
});

describe('otherLanguage', () => {
  it('swaps Korean and English', () => {
    expect(otherLanguage('ko')).toBe('en');
    expect(otherLanguage('en')).toBe('ko');
  });
});
