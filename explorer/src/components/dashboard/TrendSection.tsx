// The trends by year, from the first year the scoped network's links begin in to today: density; organisations and
// links; new and ended links. Two loads: the years the data spans, then the trend over them.
import { useId } from 'react';
import { formatMessage, messages } from '../../i18n/messages';
import { dashboardKey } from '../../state/dashboard-query';
import { loadDataYears, loadNetworkTrend } from '../../state/load-dashboard';
import { useAppState } from '../../state/store-context';
import { useResource } from '../../state/use-resource';
import { PanelEmpty, PanelError, PanelLoading } from '../PanelState';
import { TrendChart } from './TrendChart';
import { useDashboardQuery } from './use-dashboard-query';

export function TrendSection() {
  const language = useAppState((state) => state.language);
  const yearsResource = useAppState((state) => state.resources['dashboard.years']);
  const trendResource = useAppState((state) => state.resources['dashboard.trend']);
  const query = useDashboardQuery();
  // The trend is by year over the scope: the as-of date does not change it.
  const scopeOnly = query === null ? null : { ...query, asOf: null };
  const yearsKey = dashboardKey(scopeOnly);
  const years = yearsResource.key === yearsKey ? yearsResource.data : null;
  const trendKey = years === null ? null : dashboardKey(scopeOnly, { years });
  useResource('dashboard.years', yearsKey, (signal) => loadDataYears(scopeOnly!, signal));
  useResource('dashboard.trend', trendKey, (signal) => loadNetworkTrend(scopeOnly!, years!, signal));
  const titleId = useId();
  const t = messages[language].dashboard;
  const periods = trendResource.data;
  const undated = yearsResource.status === 'ready' && yearsResource.key === yearsKey && yearsResource.data === null;
  const error = yearsResource.error ?? trendResource.error;
  const labels = periods?.map((period) => period.label) ?? [];

  return (
    <section className="dashboard__section" aria-labelledby={titleId} data-testid="trend-section">
      <h3 id={titleId} className="dashboard__heading">
        {t.trendTitle}
      </h3>
      {periods === null && error === null && !undated && <PanelLoading text={t.trendLoading} />}
      {error !== null && (
        <PanelError
          language={language}
          resource={yearsResource.error !== null ? 'dashboard.years' : 'dashboard.trend'}
          error={error}
          text={t.trendFailed}
        />
      )}
      {undated && <PanelEmpty text={t.trendEmpty} />}
      {periods !== null && periods.length > 0 && !undated && (
        <div aria-busy={trendResource.status === 'loading'}>
          <p className="dashboard__note">
            {formatMessage(t.trendNote, { first: labels[0]!, last: labels.at(-1)! }, language)}
          </p>
          <TrendChart
            testId="trend-density"
            title={t.chartDensity}
            labels={labels}
            style="ratio"
            language={language}
            series={[
              { key: 'density', label: t.trendSeries.density, values: periods.map((period) => period.stats.density) },
            ]}
          />
          <TrendChart
            testId="trend-size"
            title={t.chartSize}
            labels={labels}
            style="count"
            language={language}
            series={[
              {
                key: 'organizations',
                label: t.trendSeries.organizations,
                values: periods.map((period) => period.stats.organizations),
              },
              { key: 'links', label: t.trendSeries.links, values: periods.map((period) => period.stats.links) },
            ]}
          />
          <TrendChart
            testId="trend-change"
            title={t.chartChange}
            labels={labels}
            style="count"
            language={language}
            series={[
              {
                key: 'newLinks',
                label: t.trendSeries.newLinks,
                values: periods.map((period) => period.change.newLinks),
              },
              {
                key: 'endedLinks',
                label: t.trendSeries.endedLinks,
                values: periods.map((period) => period.change.endedLinks),
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
