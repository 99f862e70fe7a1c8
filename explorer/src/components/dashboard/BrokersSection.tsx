// The top brokers of the scoped network: who bridges hubs and kinds, each with the API's reasons why.
import { useId } from 'react';
import { messages } from '../../i18n/messages';
import { dashboardKey } from '../../state/dashboard-query';
import { loadBrokers } from '../../state/load-dashboard';
import { useAppState } from '../../state/store-context';
import { useResource } from '../../state/use-resource';
import { PanelError, PanelLoading } from '../PanelState';
import { RankedList } from './RankedList';
import { useDashboardQuery } from './use-dashboard-query';

export function BrokersSection() {
  const language = useAppState((state) => state.language);
  const resource = useAppState((state) => state.resources['dashboard.brokers']);
  const query = useDashboardQuery();
  useResource('dashboard.brokers', dashboardKey(query), (signal) => loadBrokers(query!, signal));
  const titleId = useId();
  const t = messages[language].dashboard;
  const ranking = resource.data;

  return (
    <section className="dashboard__section" aria-labelledby={titleId} data-testid="brokers">
      <h3 id={titleId} className="dashboard__heading">
        {t.brokersTitle}
      </h3>
      <p className="dashboard__note">{t.brokersHelp}</p>
      {ranking === null && resource.status === 'loading' && <PanelLoading text={t.brokersLoading} />}
      {resource.error !== null && (
        <PanelError language={language} resource="dashboard.brokers" error={resource.error} text={t.brokersFailed} />
      )}
      {ranking !== null && (
        <RankedList
          entries={ranking.brokers}
          language={language}
          estimatedFrom={ranking.exact ? null : ranking.samplePivots}
          busy={resource.status === 'loading'}
          emptyText={t.brokersEmpty}
          entryTestId="broker"
          layout="stacked"
          renderDetail={(broker) => (
            <ul className="ranking__reasons">
              {broker.reasons.map((reason) => (
                <li key={reason.code} data-code={reason.code}>
                  <span className="ranking__reason-code">{t.reason[reason.code]}</span>{' '}
                  {language === 'en' ? reason.textEn : reason.text}
                </li>
              ))}
            </ul>
          )}
        />
      )}
    </section>
  );
}
