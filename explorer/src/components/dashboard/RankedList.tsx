// A dashboard ranking of organisations (the brokers, a centrality): each name a button that selects it, what the
// section says about it, and a note when the API only estimated the ranking (a large network, sampled pivots).
import type { ReactNode } from 'react';
import type { RankedOrganization } from '../../api/dashboard-types';
import { formatFigure } from '../../i18n/format-figure';
import type { Language } from '../../i18n/language';
import { formatMessage, messages } from '../../i18n/messages';
import { PanelEmpty } from '../PanelState';
import { OrganizationButton } from './OrganizationButton';

interface RankedListProps<Entry extends { organization: RankedOrganization }> {
  entries: readonly Entry[];
  language: Language;
  /** The sampled pivots when the ranking is an estimate, null when it is exact. */
  estimatedFrom: number | null;
  /** A new ranking is on its way: the one shown stays until it comes. */
  busy: boolean;
  emptyText: string;
  /** What the tests find each entry by. */
  entryTestId: string;
  /** 'row' puts the detail on the name's line (short figures); 'stacked' below it (a list of reasons). */
  layout: 'row' | 'stacked';
  /** Which centrality the list ranks by, for the tests (brokers have none). */
  metric?: string;
  renderDetail: (entry: Entry) => ReactNode;
}

export function RankedList<Entry extends { organization: RankedOrganization }>(props: RankedListProps<Entry>) {
  const { entries, language, estimatedFrom, layout } = props;
  if (entries.length === 0) return <PanelEmpty text={props.emptyText} />;
  const t = messages[language].dashboard;
  return (
    <>
      <ol className="ranking" data-metric={props.metric} aria-busy={props.busy}>
        {entries.map((entry) => (
          <li
            key={entry.organization.id}
            className={layout === 'row' ? 'ranking__item ranking__item--row' : 'ranking__item'}
            data-testid={props.entryTestId}
            data-org-id={entry.organization.id}
          >
            <OrganizationButton organization={entry.organization} language={language} />
            {props.renderDetail(entry)}
          </li>
        ))}
      </ol>
      {estimatedFrom !== null && (
        <p className="dashboard__note">
          {formatMessage(t.estimated, { pivots: formatFigure(estimatedFrom, 'count', language) }, language)}
        </p>
      )}
    </>
  );
}
