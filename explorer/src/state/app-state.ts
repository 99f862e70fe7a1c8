// The shape of the explorer's one UI state and its default factory; everything a user can change lives here.
import type { LinkKind, OrgKind } from '../api/api-types';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';
import { createDashboardSettings, type DashboardSettings } from './dashboard-state';
import { createMatchSettings, type MatchSettings } from './matches-state';
import { createResources, type Resources } from './resources';

/**
 * The side panel the user works in. `matches` (partner matches) and `dashboard` (policy dashboard) are
 * reserved: their panels register in components/mode-panels.ts when their APIs land.
 */
export const MODES = ['explore', 'paths', 'matches', 'dashboard'] as const;
export type Mode = (typeof MODES)[number];

export const LAYOUTS = ['force', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const SIZE_METRICS = ['degree', 'betweenness', 'pagerank', 'uniform'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const SEARCH_BOXES = ['main', 'from', 'to', 'linkFrom', 'linkTo', 'matchFor'] as const;
export type SearchBox = (typeof SEARCH_BOXES)[number];

export type PathEnd = 'from' | 'to';

/** Which part of the network is asked for; `null` in a list means "all" (the API's "field left out"). */
export interface NetworkFilters {
  orgKinds: OrgKind[] | null;
  hubs: string[] | null;
  linkKinds: LinkKind[] | null;
  /** Only links running at some time in these years (both ends included); applied in the page. */
  yearFrom: number | null;
  yearTo: number | null;
}

/**
 * What the canvas shows in the explore mode: the whole network, or one organisation's neighbourhood and the ones
 * expanded.
 */
export interface ExploreView {
  centre: string | null;
  depth: number;
  expanded: string[];
  /** Raised by "load more" when the API cut the view at its limit; null is the default limit. */
  limit: number | null;
}

export interface PathQuery {
  from: string | null;
  to: string | null;
  k: number;
  maxHops: number;
  linkKinds: LinkKind[] | null;
  /** Which of the found paths is drawn highlighted (0 = the shortest). */
  highlighted: number;
}

export interface CanvasSettings {
  layout: LayoutName;
  /** Bumped to ask the canvas to lay out everything again with `layout`. */
  layoutRequest: number;
  sizeBy: SizeMetric;
  hidden: string[];
  pinned: string[];
}

export interface Timeline {
  /** The date the network is shown as of (YYYY-MM-DD), or null for all links ever recorded. */
  asOf: string | null;
  playing: boolean;
}

export interface AppState {
  language: Language;
  mode: Mode;
  /** The organisation whose details the side panel shows. */
  selected: string | null;
  explore: ExploreView;
  filters: NetworkFilters;
  paths: PathQuery;
  canvas: CanvasSettings;
  timeline: Timeline;
  /** What is typed in each search box. */
  searchText: Record<SearchBox, string>;
  /** The policy dashboard's settings (state/dashboard-state.ts). */
  dashboard: DashboardSettings;
  /** The partner-matches panel's settings (state/matches-state.ts). */
  matches: MatchSettings;
  resources: Resources;
}

export const DEFAULT_DEPTH = 1;
export const DEFAULT_PATH_K = 3;
export const DEFAULT_MAX_HOPS = 4;

export function createDefaultState(overrides: Partial<AppState> = {}): AppState {
  return {
    language: DEFAULT_LANGUAGE,
    mode: 'explore',
    selected: null,
    explore: { centre: null, depth: DEFAULT_DEPTH, expanded: [], limit: null },
    filters: { orgKinds: null, hubs: null, linkKinds: null, yearFrom: null, yearTo: null },
    paths: { from: null, to: null, k: DEFAULT_PATH_K, maxHops: DEFAULT_MAX_HOPS, linkKinds: null, highlighted: 0 },
    canvas: { layout: 'force', layoutRequest: 0, sizeBy: 'degree', hidden: [], pinned: [] },
    timeline: { asOf: null, playing: false },
    searchText: { main: '', from: '', to: '', linkFrom: '', linkTo: '', matchFor: '' },
    dashboard: createDashboardSettings(),
    matches: createMatchSettings(),
    resources: createResources(),
    ...overrides,
  };
}
