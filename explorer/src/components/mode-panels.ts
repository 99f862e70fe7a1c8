// The side panel of each mode. Partner matches and the policy dashboard register here when their APIs land
// (partnerMatches; networkStats, densityMatrix, …): a mode without a panel is not offered as a tab.
import type { ComponentType } from 'react';
import type { Mode } from '../state/app-state';
import { DashboardPanel } from './dashboard/DashboardPanel';
import { ExplorePanel } from './ExplorePanel';
import { MatchesPanel } from './matches/MatchesPanel';
import { PathFinderPanel } from './PathFinderPanel';

export const MODE_PANELS: Partial<Record<Mode, ComponentType>> = {
  explore: ExplorePanel,
  paths: PathFinderPanel,
  matches: MatchesPanel,
  dashboard: DashboardPanel,
};

export const OFFERED_MODES = (Object.keys(MODE_PANELS) as Mode[]).filter((mode) => MODE_PANELS[mode] !== undefined);

/** A link may name a mode this build has no panel for: it opens the explorer instead. */
export function offeredMode(mode: Mode): Mode {
  return OFFERED_MODES.includes(mode) ? mode : 'explore';
}
