// The legend: every organisation kind with its shape and colour, every link kind with its line.
import { useId } from 'react';
import { LINK_KINDS, ORG_KINDS } from '../api/api-types';
import { LINK_KIND_STYLES, ORG_KIND_STYLES } from '../graph/kind-styles';
import type { Language } from '../i18n/language';
import { messages } from '../i18n/messages';
import { LineIcon } from './LineIcon';
import { ShapeIcon } from './ShapeIcon';

export function Legend({ language }: { language: Language }) {
  const text = messages[language];
  const titleId = useId();
  return (
    <aside className="legend" aria-labelledby={titleId}>
      <h2 id={titleId} className="legend__title">
        {text.legendTitle}
      </h2>
      <h3 className="legend__heading">{text.legendOrgKinds}</h3>
      <ul className="legend__list" data-testid="legend-org-kinds">
        {ORG_KINDS.map((kind) => (
          <li key={kind} className="legend__item" data-kind={kind}>
            <ShapeIcon shape={ORG_KIND_STYLES[kind].shape} color={ORG_KIND_STYLES[kind].color} />
            <span>{text.orgKind[kind]}</span>
          </li>
        ))}
      </ul>
      <h3 className="legend__heading">{text.legendLinkKinds}</h3>
      <ul className="legend__list" data-testid="legend-link-kinds">
        {LINK_KINDS.map((kind) => (
          <li key={kind} className="legend__item" data-kind={kind}>
            <LineIcon style={LINK_KIND_STYLES[kind]} />
            <span>{text.linkKind[kind]}</span>
          </li>
        ))}
      </ul>
      <p className="legend__note">
        <svg className="legend__icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" fill="#ffffff" stroke="#555555" strokeWidth="1.5" strokeDasharray="3 2" />
        </svg>
        <span>{text.legendSynthetic}</span>
      </p>
      <p className="legend__note">
        <svg className="legend__icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6" fill="#ffffff" stroke="#111111" strokeWidth="3" />
        </svg>
        <span>{text.legendCentre}</span>
      </p>
      <p className="legend__note">
        <svg className="legend__icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" fill="#ffffff" stroke="#333333" strokeWidth="1" />
          <circle cx="8" cy="8" r="4" fill="#ffffff" stroke="#333333" strokeWidth="1" />
        </svg>
        <span>{text.legendPinned}</span>
      </p>
      <p className="legend__note">
        <svg className="legend__icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="4" cy="11" r="3" fill="#888888" />
          <circle cx="11" cy="8" r="5" fill="#888888" />
        </svg>
        <span>{text.legendSize}</span>
      </p>
    </aside>
  );
}
