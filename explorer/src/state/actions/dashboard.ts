// The policy dashboard's operations: the heat map's grouping, the ranked centrality, colouring by community, and
// the what-if's list of proposed links.
import type { CentralityMetric, DensityGrouping } from '../../api/generated/operations';
import type { AppState } from '../app-state';
import { MAX_PROPOSED_LINKS, type DashboardSettings } from '../dashboard-state';
import type { AppAction } from './app-action';

export type DashboardAction =
  | { type: 'dashboard/setDensityGrouping'; by: DensityGrouping }
  | { type: 'dashboard/setCentralityMetric'; metric: CentralityMetric }
  | { type: 'dashboard/setCommunityColours'; on: boolean }
  | { type: 'dashboard/proposeLink'; from: string; to: string }
  | { type: 'dashboard/removeProposedLink'; from: string; to: string }
  | { type: 'dashboard/clearProposedLinks' };

export const dashboardActions = {
  setDensityGrouping: (by: DensityGrouping): DashboardAction => ({ type: 'dashboard/setDensityGrouping', by }),
  setCentralityMetric: (metric: CentralityMetric): DashboardAction => ({
    type: 'dashboard/setCentralityMetric',
    metric,
  }),
  setCommunityColours: (on: boolean): DashboardAction => ({ type: 'dashboard/setCommunityColours', on }),
  /**
   * Add a link to the what-if (also from a partner match); a pair already listed, or an organisation with itself, is
   * ignored.
   */
  proposeLink: (from: string, to: string): DashboardAction => ({ type: 'dashboard/proposeLink', from, to }),
  removeProposedLink: (from: string, to: string): DashboardAction => ({
    type: 'dashboard/removeProposedLink',
    from,
    to,
  }),
  clearProposedLinks: (): DashboardAction => ({ type: 'dashboard/clearProposedLinks' }),
};

const samePair = (link: { from: string; to: string }, from: string, to: string) =>
  (link.from === from && link.to === to) || (link.from === to && link.to === from);

function withDashboard(state: AppState, changes: Partial<DashboardSettings>): AppState {
  return { ...state, dashboard: { ...state.dashboard, ...changes } };
}

export function reduceDashboard(state: AppState, action: AppAction): AppState {
  const dashboard = state.dashboard;
  switch (action.type) {
    case 'dashboard/setDensityGrouping':
      return dashboard.densityBy === action.by ? state : withDashboard(state, { densityBy: action.by });
    case 'dashboard/setCentralityMetric':
      return dashboard.centralityMetric === action.metric
        ? state
        : withDashboard(state, { centralityMetric: action.metric });
    case 'dashboard/setCommunityColours':
      return dashboard.communityColours === action.on ? state : withDashboard(state, { communityColours: action.on });
    case 'dashboard/proposeLink': {
      const { from, to } = action;
      const links = dashboard.proposedLinks;
      if (from === to || links.length >= MAX_PROPOSED_LINKS || links.some((link) => samePair(link, from, to)))
        return state;
      return withDashboard(state, { proposedLinks: [...links, { from, to }] });
    }
    case 'dashboard/removeProposedLink': {
      const links = dashboard.proposedLinks.filter((link) => !samePair(link, action.from, action.to));
      return links.length === dashboard.proposedLinks.length ? state : withDashboard(state, { proposedLinks: links });
    }
    case 'dashboard/clearProposedLinks':
      return dashboard.proposedLinks.length === 0 ? state : withDashboard(state, { proposedLinks: [] });
    default:
      return state;
  }
}
