// The top organisations by a chosen centrality (degree, betweenness, closeness, eigenvector, PageRank).
import { useId } from 'react';
import type { CentralityMetric } from '../../api/dashboard-types';
import { formatFigure } from '../../i18n/format-figure';
import { formatMessage, messages } from '../../i18n/messages';
import { dashboardKey } from '../../state/dashboard-query';
import { CENTRALITY_METRICS } from '../../state/dashboard-state';
import { loadCentrality } from '../../state/load-dashboard';
import { actions } from '../../state/store';
import { useAppState, useDispatch } from '../../state/store-context';
import { useResource } from '../../state/use-resource';
import { PanelError, PanelLoading } from '../PanelState';
import { RankedList } from './RankedList';
import { useDashboardQuery } from './use-dashboard-query';

export function CentralitySection() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const metric = useAppState((state) => state.dashboard.centralityMetric);
  const resource = useAppState((state) => state.resources['dashboard.centrality']);
  const query = useDashboardQuery();
  useResource('dashboard.centrality', dashboardKey(query, { metric }), (signal) =>
    loadCentrality(query!, metric, signal),
  );
  const ids = { title: useId(), metric: useId() };
  const t = messages[language].dashboard;
  const ranking = resource.data;

  return (
    <section className="dashboard__section" aria-labelledby={ids.title} data-testid="centrality">
      <h3 id={ids.title} className="dashboard__heading">
        {t.centralityTitle}
      </h3>
      <div className="dashboard__control">
        <label htmlFor={ids.metric}>{t.metricLabel}</label>
        <select
          id={ids.metric}
          value={metric}
          onChange={(event) => dispatch(actions.setCentralityMetric(event.target.value as CentralityMetric))}
        >
          {CENTRALITY_METRICS.map((option) => (
            <option key={option} value={option}>
              {t.metric[option]}
            </option>
          ))}
        </select>
      </div>
      {ranking === null && resource.status === 'loading' && <PanelLoading text={t.centralityLoading} />}
      {resource.error !== null && (
        <PanelError
          language={language}
          resource="dashboard.centrality"
          error={resource.error}
          text={t.centralityFailed}
        />
      )}
      {ranking !== null && (
        <RankedList
          entries={ranking.entries}
          language={language}
          estimatedFrom={ranking.exact ? null : ranking.samplePivots}
          busy={resource.status === 'loading'}
          emptyText={t.centralityEmpty}
          entryTestId="centrality-entry"
          layout="row"
          metric={ranking.metric}
          renderDetail={(entry) => (
            <>
              <span className="ranking__value">{formatFigure(entry.value, 'ratio', language)}</span>
              <span className="ranking__meta">
                {formatMessage(t.partnersCount, { degree: entry.degree }, language)}
              </span>
            </>
          )}
        />
      )}
    </section>
  );
}
