// Switching the page between Korean and English.
import type { Language } from '../../i18n/language';
import type { AppState } from '../app-state';
import type { AppAction } from './app-action';

export type LanguageAction = { type: 'language/set'; language: Language };

export const languageActions = {
  setLanguage: (language: Language): LanguageAction => ({ type: 'language/set', language }),
};

export function reduceLanguage(state: AppState, action: AppAction): AppState {
  if (action.type !== 'language/set') return state;
  return state.language === action.language ? state : { ...state, language: action.language };
}
