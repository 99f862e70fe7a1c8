// Checks typing in a search box.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../app-state';
import { reduceSearch, searchActions } from './search';

describe('searchTextChanged', () => {
  it('keeps each box its own text', () => {
    const state = reduceSearch(createDefaultState(), searchActions.searchTextChanged('from', 'ㅅㅇㄷ'));
    expect(state.searchText).toEqual({ ...createDefaultState().searchText, from: 'ㅅㅇㄷ' });
    expect(state.searchText.main).toBe('');
    expect(reduceSearch(state, searchActions.searchTextChanged('from', 'ㅅㅇㄷ'))).toBe(state);
  });
});
