// Typing in one of the search boxes (the main one, or the path finder's start and end).
import type { AppState, SearchBox } from '../app-state';
import type { AppAction } from './app-action';

export type SearchAction = { type: 'search/textChanged'; box: SearchBox; text: string };

export const searchActions = {
  searchTextChanged: (box: SearchBox, text: string): SearchAction => ({ type: 'search/textChanged', box, text }),
};

export function reduceSearch(state: AppState, action: AppAction): AppState {
  if (action.type !== 'search/textChanged' || state.searchText[action.box] === action.text) return state;
  return { ...state, searchText: { ...state.searchText, [action.box]: action.text } };
}
