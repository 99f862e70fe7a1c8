// The policy dashboard's side panel: for the network the filters and the as-of date choose, the headline
// statistics, the density heat map, the trends, the brokers and a centrality ranking, the communities (which can
// colour the canvas) and the what-if; the filters themselves sit at the end, folded.
import { useId } from 'react';
import { formatMessage, messages } from '../../i18n/messages';
import { useAppState } from '../../state/store-context';
import { FilterPanel } from '../FilterPanel';
import { PanelEmpty } from '../PanelState';
import { BrokersSection } from './BrokersSection';
import { CentralitySection } from './CentralitySection';
import { CommunitiesSection } from './CommunitiesSection';
import { DensityHeatMap } from './DensityHeatMap';
import { NetworkStatsSection } from './NetworkStatsSection';
import { TrendSection } from './TrendSection';
import { useDashboardQuery } from './use-dashboard-query';
import { WhatIfSection } from './WhatIfSection';
import '../../styles/dashboard.css';

export function DashboardPanel() {
  const language = useAppState((state) => state.language);
  const asOf = useAppState((state) => state.timeline.asOf);
  const query = useDashboardQuery();
  const titleId = useId();
  const t = messages[language];

  return (
    <section className="mode-panel dashboard" aria-labelledby={titleId} data-testid="dashboard">
      <header>
        <h2 id={titleId} className="panel__title">
          {t.dashboard.title}
        </h2>
        <p className="dashboard__note">{t.dashboard.scopeNote}</p>
        <p className="dashboard__as-of" data-testid="dashboard-as-of">
          {asOf === null ? t.dashboard.allTime : formatMessage(t.dashboard.asOf, { date: asOf }, language)}
        </p>
      </header>
      {query === null ? (
        <PanelEmpty text={t.emptyFilter} />
      ) : (
        <>
          <NetworkStatsSection />
          <DensityHeatMap />
          <TrendSection />
          <BrokersSection />
          <CentralitySection />
          <CommunitiesSection />
          <WhatIfSection />
        </>
      )}
      <details className="dashboard__filters">
        <summary>{t.filtersTitle}</summary>
        <FilterPanel />
      </details>
    </section>
  );
}
