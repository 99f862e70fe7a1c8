// A candidate's evidence, strongest first: each reason's sentence with the capabilities offered and wanted, the
// events and projects shared and the organisations in between.
import type { MatchReason } from '../../api/matches-queries';
import { localName, type Language } from '../../i18n/language';
import { matchesMessages } from '../../i18n/matches-messages';

export function MatchReasons({ reasons, language }: { reasons: readonly MatchReason[]; language: Language }) {
  const t = matchesMessages[language];
  return (
    <ul className="match__reasons" aria-label={t.reasons}>
      {reasons.map((reason, index) => (
        <li key={`${reason.factor}-${index}`} className="match__reason" data-factor={reason.factor}>
          <span className="match__factor">{t.factor[reason.factor]}</span>{' '}
          {language === 'en' ? reason.textEn : reason.text}
          <Names label={t.offered} items={reason.offered.map((item) => localName(item, language))} />
          <Names label={t.wanted} items={reason.wanted.map((item) => localName(item, language))} />
          <Names label={t.events} items={reason.events.map((item) => `${localName(item, language)} (${item.date})`)} />
          <Names
            label={t.projects}
            items={reason.projects.map((item) => (language === 'en' && item.titleEn ? item.titleEn : item.title))}
          />
          <Names label={t.via} items={reason.via.map((item) => localName(item, language))} />
        </li>
      ))}
    </ul>
  );
}

function Names({ label, items }: { label: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <span className="match__names">
      <span className="detail__quiet">{label}:</span> {items.join(', ')}
    </span>
  );
}
