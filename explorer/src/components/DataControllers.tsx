// Render nothing: each loads one resource whenever what it depends on changes (see state/use-resource.ts).
import { loadHubs, loadOrganization, loadOrganizationLabel } from '../state/load-resources';
import { loadView } from '../state/load-view';
import { useAppState } from '../state/store-context';
import { useResource } from '../state/use-resource';
import { viewKeyOf, viewQueryOf, type ViewQuery } from '../state/view-query';

/** The canvas's graph: the network, a neighbourhood with its expansions, or the paths. */
export function ViewDataController() {
  const key = useAppState((state) => viewKeyOf(viewQueryOf(state)));
  useResource('view', key, (signal) => loadView(JSON.parse(key ?? 'null') as Exclude<ViewQuery, { kind: 'none' }>, signal));
  return null;
}

/** The selected organisation's details for the side panel. */
export function DetailDataController() {
  const selected = useAppState((state) => state.selected);
  useResource('detail', selected, (signal) => loadOrganization(selected ?? '', signal));
  return null;
}

/** The hubs offered by the filter. */
export function HubsDataController() {
  useResource('hubs', 'hubs', loadHubs);
  return null;
}

/** The names of the path finder's ends (they may come from a link, without a search). */
export function PathEndLabelsController() {
  const from = useAppState((state) => state.paths.from);
  const to = useAppState((state) => state.paths.to);
  useResource('label.from', from, (signal) => loadOrganizationLabel(from ?? '', signal));
  useResource('label.to', to, (signal) => loadOrganizationLabel(to ?? '', signal));
  return null;
}
