// Korean / English switch: two buttons in a labelled group, the current one marked as pressed.
import { LANGUAGES, LANGUAGE_NATIVE_NAMES, type Language } from '../i18n/language';
import { messages } from '../i18n/messages';
import { actions } from '../state/store';
import { useDispatch } from '../state/store-context';

// Named in both languages: whoever cannot read the current one is the person looking for this control.
const GROUP_LABEL = `${messages.ko.languageGroup} / ${messages.en.languageGroup}`;

export function LanguageToggle({ language }: { language: Language }) {
  const dispatch = useDispatch();
  return (
    <div className="language-toggle" role="group" aria-label={GROUP_LABEL}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-toggle__button"
          aria-pressed={option === language}
          onClick={() => dispatch(actions.setLanguage(option))}
        >
          {LANGUAGE_NATIVE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
