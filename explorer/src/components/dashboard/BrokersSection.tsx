// The top brokers of the scoped network: who bridges hubs and kinds, each with the API's reasons why.
import { useId } from 'react';
import { formatFigure } from '../../i18n/format-figure';
import { formatMessage, messages } from '../../i18n/messages';
import { dashboardKey } from '../../state/dashboard-query';
import { loadBrokers } from '../../state/load-dashboard';
import { useAppState } from '../../state/store-context';
import { useResource } from '../../state/use-resource';
import { PanelEmpty, PanelError, PanelLoading } from '../PanelState';
import { OrganizationButton } from './OrganizationButton';
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
      {resource.error !== null && <PanelError language={language} resource="dashboard.brokers" error={resource.error} text={t.brokersFailed} />}
      {ranking !== null && ranking.brokers.length === 0 && <PanelEmpty text={t.brokersEmpty} />}
      {ranking !== null && ranking.brokers.length > 0 && (
        <>
          <ol className="ranking" aria-busy={resource.status === 'loading'}>
            {ranking.brokers.map((broker) => (
              <li key={broker.organization.id} className="ranking__item" data-testid="broker" data-org-id={broker.organization.id}>
                <OrganizationButton organization={broker.organization} language={language} />
                <ul className="ranking__reasons">
                  {broker.reasons.map((reason) => (
                    <li key={reason.code} data-code={reason.code}>
                      <span className="ranking__reason-code">{t.reason[reason.code]}</span> {language === 'en' ? reason.textEn : reason.text}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {!ranking.exact && ranking.samplePivots !== null && (
            <p className="dashboard__note">{formatMessage(t.estimated, { pivots: formatFigure(ranking.samplePivots, 'count', language) }, language)}</p>
          )}
        </>
      )}
    </section>
  );
}
