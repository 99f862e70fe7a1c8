// How each headline statistic is written (a count, a ratio, a share…), for the statistics and the what-if table.
import type { FigureStyle } from '../../i18n/format-figure';
import type { StatKey } from '../../i18n/dashboard-messages';

export const STAT_STYLES: Readonly<Record<StatKey, FigureStyle>> = {
  organizations: 'count',
  links: 'count',
  density: 'ratio',
  averageDegree: 'decimal',
  components: 'count',
  largestComponentShare: 'share',
  averageClustering: 'ratio',
  averageShortestPath: 'decimal',
  modularity: 'ratio',
  isolates: 'count',
};
