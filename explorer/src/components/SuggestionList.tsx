// The listbox of a search box's suggestions: each organisation with its kind's shape, its other-language name and hub.
import type { OrganizationHit } from '../api/api-types';
import { ORG_KIND_STYLES } from '../graph/kind-styles';
import { localName, otherLanguage, type Language } from '../i18n/language';
import { messages } from '../i18n/messages';
import { ShapeIcon } from './ShapeIcon';

interface SuggestionListProps {
  id: string;
  label: string;
  hits: readonly OrganizationHit[];
  active: number;
  language: Language;
  onChoose(hit: OrganizationHit): void;
  onHover(index: number): void;
}

export function SuggestionList({ id, label, hits, active, language, onChoose, onHover }: SuggestionListProps) {
  const t = messages[language];
  const other = otherLanguage(language);
  return (
    <ul id={id} className="search__list" role="listbox" aria-label={label} hidden={hits.length === 0}>
      {hits.map((hit, index) => {
        const hub = language === 'en' ? hit.hubNameEn : hit.hubName;
        return (
          <li
            key={hit.id}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === active}
            className="search__option"
            data-id={hit.id}
            // mousedown would blur the input (closing the list) before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(hit)}
            onMouseEnter={() => onHover(index)}
          >
            <ShapeIcon shape={ORG_KIND_STYLES[hit.kind].shape} color={ORG_KIND_STYLES[hit.kind].color} />
            <span className="search__option-text">
              <span className="search__option-name">{localName(hit, language)}</span>
              <span className="search__option-meta">
                <span lang={other}>{localName(hit, other)}</span> · {t.orgKind[hit.kind]}
                {hub !== null && ` · ${hub}`}
                {hit.synthetic && <span className="badge badge--synthetic">{t.syntheticBadge}</span>}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
