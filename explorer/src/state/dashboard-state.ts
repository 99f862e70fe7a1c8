// The policy dashboard's settings (what the URL keeps of it) and their defaults: the heat map's grouping, the
// centrality ranked, colouring the canvas by community, and the links proposed for the what-if.
import type { CentralityMetric, DensityGrouping } from '../api/generated/operations';

export const DENSITY_GROUPINGS = ['HUB', 'ORG_KIND', 'SECTOR'] as const satisfies readonly DensityGrouping[];
export const CENTRALITY_METRICS = [
  'DEGREE',
  'BETWEENNESS',
  'CLOSENESS',
  'EIGENVECTOR',
  'PAGERANK',
] as const satisfies readonly CentralityMetric[];

/** The API's bound on one what-if question (`whatIf(links:)` takes 1–50). */
export const MAX_PROPOSED_LINKS = 50;

export interface ProposedLinkIds {
  from: string;
  to: string;
}

export interface DashboardSettings {
  densityBy: DensityGrouping;
  centralityMetric: CentralityMetric;
  /** The canvas colours organisations by Louvain community instead of by kind. */
  communityColours: boolean;
  /** Links to imagine, in the order added; an unordered pair appears once. */
  proposedLinks: ProposedLinkIds[];
}

export function createDashboardSettings(): DashboardSettings {
  return { densityBy: 'HUB', centralityMetric: 'BETWEENNESS', communityColours: false, proposedLinks: [] };
}
