// Render nothing: each loads one resource whenever what it depends on changes (see state/use-resource.ts).
import { useSyncExternalStore } from 'react';
import { apiKeyVersion, subscribeApiKey } from '../api/api-key';
import { loadHubs, loadOrganization, loadOrganizationLabel, loadViewer } from '../state/load-resources';
import { loadView } from '../state/load-view';
import { useAppState } from '../state/store-context';
import { useResource } from '../state/use-resource';
import { seesPrivate, viewerRole } from '../state/viewer';
import { viewKeyOf, viewQueryOf, type ViewQuery } from '../state/view-query';
import { useApiKeyPresent } from './ApiKeySetting';

/** The canvas's graph: the network, a neighbourhood with its expansions, or the paths. */
export function ViewDataController() {
  const key = useAppState((state) => viewKeyOf(viewQueryOf(state)));
  useResource('view', key, (signal) =>
    loadView(JSON.parse(key ?? 'null') as Exclude<ViewQuery, { kind: 'none' }>, signal),
  );
  return null;
}

/** Who the API takes the caller to be: asked at start and again whenever the API key is saved or cleared. */
export function ViewerDataController() {
  const version = useSyncExternalStore(subscribeApiKey, apiKeyVersion, () => 0);
  useResource('viewer', `viewer#${version}`, loadViewer);
  return null;
}

/** The selected organisation's details for the side panel, with the private fields when the caller is staff. */
export function DetailDataController() {
  const selected = useAppState((state) => state.selected);
  const withPrivate = useAppState((state) => seesPrivate(viewerRole(state)));
  // With a key, wait for its role (one small request) rather than show staff the public panel and ask twice.
  const hasKey = useApiKeyPresent();
  const roleUnknown = useAppState(
    (state) => state.resources.viewer.data === null && state.resources.viewer.status !== 'error',
  );
  const waitForRole = hasKey && roleUnknown;
  // The key carries the role's reach: a key change that grants or takes away the needs asks again.
  const key = selected === null || waitForRole ? null : `${selected}${withPrivate ? '#private' : ''}`;
  useResource('detail', key, (signal) => loadOrganization(selected ?? '', withPrivate, signal));
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
