// Renders nothing: mirrors the chosen language into the page's lang attribute and its title.
import { useEffect } from 'react';
import { messages } from '../i18n/messages';
import { useAppState } from '../state/store-context';

export function LanguageController() {
  const language = useAppState((state) => state.language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = messages[language].productName;
  }, [language]);
  return null;
}
