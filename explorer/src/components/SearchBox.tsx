// A search box with suggestions (Korean, English, 초성; typo-tolerant on the server) following the ARIA combobox
// pattern: arrows move through the suggestions, Enter picks one, Escape closes the list (or clears the text).
import { useId, useState, type KeyboardEvent } from 'react';
import type { OrganizationHit } from '../api/api-types';
import { localName } from '../i18n/language';
import { formatMessage, messages } from '../i18n/messages';
import type { SearchBox as SearchBoxName } from '../state/app-state';
import { loadSuggestions } from '../state/load-resources';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { useResource } from '../state/use-resource';
import { SuggestionList } from './SuggestionList';
import { useDebouncedValue } from './use-debounced-value';

/** Short enough to feel immediate, long enough that fast typing sends one request. */
export const SEARCH_DEBOUNCE_MS = 200;

interface SearchBoxProps {
  box: SearchBoxName;
  label: string;
  onChoose(hit: OrganizationHit): void;
  autoFocus?: boolean;
}

export function SearchBox({ box, label, onChoose, autoFocus = false }: SearchBoxProps) {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const text = useAppState((state) => state.searchText[box]);
  const resource = useAppState((state) => state.resources[`search.${box}`]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const settled = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const ids = { input: useId(), list: useId(), hint: useId(), status: useId() };
  const t = messages[language];

  const key = open && settled !== '' ? settled : null;
  useResource(`search.${box}`, key, (signal) => loadSuggestions(key ?? '', signal));

  // Suggestions are shown only for the text now in the box, so a stale list never sits under new typing (not even
  // while the debounce waits to ask for the new text).
  const typed = text.trim();
  const hits = resource.key === typed && resource.data !== null ? resource.data : [];
  const expanded = open && settled !== '' && (hits.length > 0 || resource.status !== 'idle');

  const choose = (hit: OrganizationHit) => {
    dispatch(actions.searchTextChanged(box, localName(hit, language)));
    setOpen(false);
    setActive(-1);
    onChoose(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((index) => (hits.length === 0 ? -1 : (index + 1) % hits.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((index) => (hits.length === 0 ? -1 : index <= 0 ? hits.length - 1 : index - 1));
        break;
      case 'Enter': {
        const hit = hits[active >= 0 ? active : 0];
        if (expanded && hit !== undefined) {
          event.preventDefault();
          choose(hit);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) setOpen(false);
        else dispatch(actions.searchTextChanged(box, ''));
        setActive(-1);
        break;
    }
  };

  const statusText = !expanded
    ? ''
    : resource.status === 'error'
      ? t.searchFailed
      : resource.key !== typed || resource.status === 'loading'
        ? t.searchLoading
        : hits.length === 0
          ? formatMessage(t.searchEmpty, { text: settled }, language)
          : formatMessage(t.searchCount, { count: hits.length }, language);

  return (
    <div className="search" data-testid={`search-${box}`}>
      <label className="search__label" htmlFor={ids.input}>
        {label}
      </label>
      <input
        id={ids.input}
        className="search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={ids.list}
        aria-activedescendant={expanded && active >= 0 ? `${ids.list}-${active}` : undefined}
        aria-describedby={ids.hint}
        placeholder={t.searchPlaceholder}
        value={text}
        autoFocus={autoFocus}
        onChange={(event) => {
          dispatch(actions.searchTextChanged(box, event.target.value));
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <span id={ids.hint} className="visually-hidden">
        {t.searchHint}
      </span>
      <SuggestionList
        id={ids.list}
        label={label}
        hits={expanded ? hits : []}
        active={active}
        language={language}
        onChoose={choose}
        onHover={setActive}
      />
      <p id={ids.status} className={`search__status${statusText === '' ? ' visually-hidden' : ''}`} role="status">
        {statusText}
      </p>
    </div>
  );
}
