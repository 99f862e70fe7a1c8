// The header's "API key" setting: enter a key for this tab (sessionStorage, sent as the Bearer header), see
// whether one is in use, clear it with one click. Data that depends on the caller's role is reloaded.
import { useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { clearApiKey, readApiKey, saveApiKey, subscribeApiKey } from '../api/api-key';
import type { Language } from '../i18n/language';
import { importMessages } from '../i18n/import-messages';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { viewerRole } from '../state/viewer';

export function useApiKeyPresent(): boolean {
  return useSyncExternalStore(
    subscribeApiKey,
    () => readApiKey() !== null,
    () => false,
  );
}

export function ApiKeySetting({ language }: { language: Language }) {
  const dispatch = useDispatch();
  const present = useApiKeyPresent();
  // A revoked or unknown key makes the API refuse every request (401): say so where the key can be cleared.
  const refused = useAppState((state) =>
    [state.resources.view, state.resources.viewer].some((resource) => resource.error?.code === 'UNAUTHENTICATED'),
  );
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const ids = { input: useId(), hint: useId() };
  const t = importMessages[language];

  const reload = () => {
    dispatch(actions.retryResource('view'));
    dispatch(actions.retryResource('detail'));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const saved = saveApiKey(text);
    setInvalid(!saved);
    if (saved) {
      setText('');
      reload();
    }
  };

  return (
    <details className="api-key" data-testid="api-key" open={refused || undefined}>
      <summary className="button button--small" data-present={present}>
        {t.apiKey}: {present ? t.apiKeySet : t.apiKeyNone}
      </summary>
      <form className="api-key__form" onSubmit={onSubmit}>
        <label htmlFor={ids.input}>{t.apiKeyLabel}</label>
        <input
          id={ids.input}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-describedby={ids.hint}
          aria-invalid={invalid}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--small" disabled={text.trim() === ''}>
          {t.apiKeySave}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!present}
          onClick={() => {
            clearApiKey();
            reload();
          }}
        >
          {t.apiKeyClear}
        </button>
        {invalid && <p role="alert">{t.apiKeyInvalid}</p>}
        {refused && present && <p role="alert">{t.keyRefused}</p>}
        <p id={ids.hint} className="detail__quiet">
          {t.apiKeyHint}
        </p>
      </form>
    </details>
  );
}

/** The role the API gives this tab's caller (its `viewer`), next to the key setting; nothing until it answered. */
export function ViewerRole({ language }: { language: Language }) {
  const role = useAppState(viewerRole);
  const t = importMessages[language];
  if (role === null) return null;
  return (
    <p className="viewer-role" data-testid="viewer-role" data-role={role}>
      {t.role}: <span className="badge">{t[`role${role}`]}</span>
    </p>
  );
}
