// The view in the address bar: a pure pair that reads the state from a query string and writes it back, so a
// copied link or a reload shows the same view (selection, filters, mode, as-of date, path ends, language).
import { isLinkKind, isOrgKind, LINK_KINDS, ORG_KINDS } from '../api/api-types';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/language';
import {
  createDefaultState,
  DEFAULT_DEPTH,
  DEFAULT_MAX_HOPS,
  DEFAULT_PATH_K,
  LAYOUTS,
  MODES,
  SIZE_METRICS,
  type AppState,
} from './app-state';
import { MAX_HOPS_RANGE, PATH_K_RANGE } from './actions/paths';
import { parseDashboardParams, writeDashboardParams } from './dashboard-url';
import { parseMatchParams, writeMatchParams } from './matches-url';
import { MAX_DEPTH } from './actions/selection';
import { VIEW_LIMITS } from './view-query';

/** The part of the state the URL carries; the rest (loaded data, typed search text, replay) is not a view. */
export type UrlState = Pick<
  AppState,
  'language' | 'mode' | 'selected' | 'explore' | 'filters' | 'paths' | 'canvas' | 'timeline' | 'dashboard' | 'matches'
>;

/** Ids as the API makes and accepts them: letters, digits, '-' and '_', up to 100 characters. */
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_LIST = 200;
const YEAR_RANGE = { min: 1800, max: 2100 };

function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= YEAR_RANGE.min && year <= YEAR_RANGE.max && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function oneOf<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

function id(value: string | null): string | null {
  return value !== null && ID.test(value) ? value : null;
}

function ids(value: string | null): string[] {
  if (value === null || value === '') return [];
  return [...new Set(value.split(',').filter((item) => ID.test(item)))].slice(0, MAX_LIST);
}

/** A list parameter: absent means "all" (null); present keeps the valid values, in the options' order. */
function kinds<T extends string>(
  value: string | null,
  isKind: (v: unknown) => v is T,
  order: readonly T[],
): T[] | null {
  if (value === null) return null;
  const chosen = new Set(value.split(',').filter(isKind));
  return order.filter((option) => chosen.has(option));
}

function int(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d{1,5}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function yearRange(value: string | null): [number | null, number | null] {
  const match = value === null ? null : /^(\d{4})?-(\d{4})?$/.exec(value);
  if (!match) return [null, null];
  const year = (text: string | undefined) => int(text ?? null, YEAR_RANGE.min, YEAR_RANGE.max);
  const [from, to] = [year(match[1]), year(match[2])];
  return from !== null && to !== null && from > to ? [to, from] : [from, to];
}

/** Paths (the path finder's, a partner match's introduction) read best breadth-first; everything else by force. */
function defaultLayout(mode: AppState['mode'], candidate: string | null): AppState['canvas']['layout'] {
  return mode === 'paths' || (mode === 'matches' && candidate !== null) ? 'breadthfirst' : 'force';
}

/** Reads a query string (`?org=…&lang=en`); anything missing or malformed takes its default. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name);
  const defaults = createDefaultState();
  const lang = get('lang')?.toLowerCase() ?? null;
  const centre = id(get('org'));
  const [yearFrom, yearTo] = yearRange(get('years'));
  const asOf = get('asOf');
  const limitCap = centre === null ? VIEW_LIMITS.network.max : VIEW_LIMITS.neighbourhood.max;
  const mode = oneOf(get('mode'), MODES, 'explore');
  const matches = parseMatchParams(params);
  return {
    language: isLanguage(lang) ? lang : DEFAULT_LANGUAGE,
    mode,
    selected: id(get('sel')) ?? centre,
    explore: {
      centre,
      depth: int(get('depth'), 1, MAX_DEPTH) ?? DEFAULT_DEPTH,
      expanded: ids(get('expand')),
      limit: int(get('limit'), 1, limitCap),
    },
    filters: {
      orgKinds: kinds(get('kinds'), isOrgKind, ORG_KINDS),
      hubs: get('hubs') === null ? null : ids(get('hubs')),
      linkKinds: kinds(get('links'), isLinkKind, LINK_KINDS),
      yearFrom,
      yearTo,
    },
    paths: {
      from: id(get('from')),
      to: id(get('to')),
      k: int(get('k'), PATH_K_RANGE.min, PATH_K_RANGE.max) ?? DEFAULT_PATH_K,
      maxHops: int(get('hops'), MAX_HOPS_RANGE.min, MAX_HOPS_RANGE.max) ?? DEFAULT_MAX_HOPS,
      linkKinds: kinds(get('plinks'), isLinkKind, LINK_KINDS),
      highlighted: 0,
    },
    canvas: {
      ...defaults.canvas,
      layout: oneOf(get('layout'), LAYOUTS, defaultLayout(mode, matches.candidate)),
      sizeBy: oneOf(get('size'), SIZE_METRICS, 'degree'),
      hidden: ids(get('hidden')),
    },
    timeline: { asOf: asOf !== null && isDate(asOf) ? asOf : null, playing: false },
    dashboard: parseDashboardParams(params),
    matches,
  };
}

/** Writes the view as a query string ('' for the default view); defaults are left out to keep links short. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | null, fallback: string | number | null = null) => {
    if (value !== null && value !== fallback) params.set(name, String(value));
  };
  const list = (name: string, values: readonly string[] | null) => {
    if (values !== null) params.set(name, values.join(','));
  };
  set('mode', state.mode, 'explore');
  set('org', state.explore.centre);
  set('sel', state.selected, state.explore.centre);
  if (state.explore.centre !== null) set('depth', state.explore.depth, DEFAULT_DEPTH);
  if (state.explore.expanded.length > 0) list('expand', state.explore.expanded);
  set('limit', state.explore.limit);
  list('kinds', state.filters.orgKinds);
  list('hubs', state.filters.hubs);
  list('links', state.filters.linkKinds);
  if (state.filters.yearFrom !== null || state.filters.yearTo !== null) {
    params.set('years', `${state.filters.yearFrom ?? ''}-${state.filters.yearTo ?? ''}`);
  }
  set('asOf', state.timeline.asOf);
  set('from', state.paths.from);
  set('to', state.paths.to);
  set('k', state.paths.k, DEFAULT_PATH_K);
  set('hops', state.paths.maxHops, DEFAULT_MAX_HOPS);
  list('plinks', state.paths.linkKinds);
  set('layout', state.canvas.layout, defaultLayout(state.mode, state.matches.candidate));
  set('size', state.canvas.sizeBy, 'degree');
  if (state.canvas.hidden.length > 0) list('hidden', state.canvas.hidden);
  writeDashboardParams(state.dashboard, params);
  writeMatchParams(state.matches, params);
  set('lang', state.language, DEFAULT_LANGUAGE);
  const text = params.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}
