// The headline statistics of the scoped network: each figure with its name and a one-line explanation.
import { useId } from 'react';
import { formatMessage, messages } from '../../i18n/messages';
import { formatFigure } from '../../i18n/format-figure';
import { STAT_KEYS } from '../../i18n/dashboard-messages';
import { dashboardKey } from '../../state/dashboard-query';
import { loadNetworkStats } from '../../state/load-dashboard';
import { useAppState } from '../../state/store-context';
import { useResource } from '../../state/use-resource';
import { PanelError, PanelLoading } from '../PanelState';
import { STAT_STYLES } from './stat-styles';
import { useDashboardQuery } from './use-dashboard-query';

export function NetworkStatsSection() {
  const language = useAppState((state) => state.language);
  const resource = useAppState((state) => state.resources['dashboard.stats']);
  const query = useDashboardQuery();
  const key = dashboardKey(query);
  const titleId = useId();
  useResource('dashboard.stats', key, (signal) => loadNetworkStats(query!, signal));
  const t = messages[language].dashboard;
  const stats = resource.data;

  return (
    <section className="dashboard__section" aria-labelledby={titleId} data-testid="network-stats">
      <h3 id={titleId} className="dashboard__heading">
        {t.statsTitle}
      </h3>
      {stats === null && resource.status === 'loading' && <PanelLoading text={t.statsLoading} />}
      {resource.error !== null && (
        <PanelError language={language} resource="dashboard.stats" error={resource.error} text={t.statsFailed} />
      )}
      {stats !== null && (
        <>
          <dl className="stat-grid" aria-busy={resource.status === 'loading'}>
            {STAT_KEYS.map((stat) => (
              <div key={stat} className="stat" data-stat={stat} data-value={stats[stat] ?? ''}>
                <dt className="stat__label">{t.stat[stat].label}</dt>
                <dd className="stat__value">{formatFigure(stats[stat], STAT_STYLES[stat], language)}</dd>
                <dd className="stat__help">{t.stat[stat].help}</dd>
              </div>
            ))}
          </dl>
          {!stats.pathsExact && (
            <p className="dashboard__note">{formatMessage(t.pathsSampled, { sources: stats.pathSources }, language)}</p>
          )}
        </>
      )}
    </section>
  );
}
