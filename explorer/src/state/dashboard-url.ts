// The dashboard's part of the address bar: the heat map's grouping (`dby`), the ranked centrality (`metric`), colour
// by community (`communities=1`) and the proposed links (`whatif=A.B,C.D`); defaults are left out.
import {
  CENTRALITY_METRICS,
  createDashboardSettings,
  DENSITY_GROUPINGS,
  MAX_PROPOSED_LINKS,
  type DashboardSettings,
} from './dashboard-state';

const ID = /^[A-Za-z0-9_-]{1,100}$/;

function oneOf<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

function proposedLinks(value: string | null): DashboardSettings['proposedLinks'] {
  const links: DashboardSettings['proposedLinks'] = [];
  for (const pair of (value ?? '').split(',')) {
    const [from, to, extra] = pair.split('.');
    if (from === undefined || to === undefined || extra !== undefined || !ID.test(from) || !ID.test(to) || from === to)
      continue;
    if (links.some((link) => (link.from === from && link.to === to) || (link.from === to && link.to === from)))
      continue;
    links.push({ from, to });
  }
  return links.slice(0, MAX_PROPOSED_LINKS);
}

export function parseDashboardParams(params: URLSearchParams): DashboardSettings {
  const defaults = createDashboardSettings();
  return {
    densityBy: oneOf(params.get('dby'), DENSITY_GROUPINGS, defaults.densityBy),
    centralityMetric: oneOf(params.get('metric'), CENTRALITY_METRICS, defaults.centralityMetric),
    communityColours: params.get('communities') === '1',
    proposedLinks: proposedLinks(params.get('whatif')),
  };
}

export function writeDashboardParams(settings: DashboardSettings, params: URLSearchParams): void {
  const defaults = createDashboardSettings();
  if (settings.densityBy !== defaults.densityBy) params.set('dby', settings.densityBy);
  if (settings.centralityMetric !== defaults.centralityMetric) params.set('metric', settings.centralityMetric);
  if (settings.communityColours) params.set('communities', '1');
  if (settings.proposedLinks.length > 0)
    params.set('whatif', settings.proposedLinks.map((link) => `${link.from}.${link.to}`).join(','));
}
