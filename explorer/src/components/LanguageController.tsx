// Renders nothing: mirrors the chosen language into the URL (`?lang=en`), the page's lang attribute and its title.
import { useEffect } from 'react';
import { urlWithLanguage } from '../i18n/language';
import { messages } from '../i18n/messages';
import { useAppState } from '../state/store-context';

export function LanguageController() {
  const language = useAppState((state) => state.language);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = messages[language].productName;
    const next = urlWithLanguage(window.location.href, language);
    // replaceState: switching language is a view preference, not a step the Back button should undo.
    if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
  }, [language]);

  return null;
}
