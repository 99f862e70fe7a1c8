// Checks the language switch.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../app-state';
import { languageActions, reduceLanguage } from './language';

describe('setLanguage', () => {
  it('switches the language and is a no-op when unchanged', () => {
    const state = createDefaultState();
    expect(reduceLanguage(state, languageActions.setLanguage('en')).language).toBe('en');
    expect(reduceLanguage(state, languageActions.setLanguage('ko'))).toBe(state);
  });
});
