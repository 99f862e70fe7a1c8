// The partner matches' part of the address bar: for whom (`for`), the candidate drawn (`cand`), the need (`need`),
// hubs (`mhubs`), kinds (`mkinds`) and existing partners included (`existing=1`); defaults are left out.
import { isOrgKind, ORG_KINDS, type OrgKind } from '../api/api-types';
import { createMatchSettings, type MatchSettings } from './matches-state';

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const MAX_LIST = 200;

const id = (value: string | null): string | null => (value !== null && ID.test(value) ? value : null);

function ids(value: string | null): string[] | null {
  if (value === null) return null;
  return [...new Set(value.split(',').filter((item) => ID.test(item)))].slice(0, MAX_LIST);
}

function kinds(value: string | null): OrgKind[] | null {
  if (value === null) return null;
  const chosen = new Set(value.split(',').filter(isOrgKind));
  return ORG_KINDS.filter((kind) => chosen.has(kind));
}

export function parseMatchParams(params: URLSearchParams): MatchSettings {
  const org = id(params.get('for'));
  if (org === null) return createMatchSettings();
  const candidate = id(params.get('cand'));
  return {
    org,
    candidate: candidate === org ? null : candidate,
    need: id(params.get('need')),
    hubs: ids(params.get('mhubs')),
    orgKinds: kinds(params.get('mkinds')),
    includeExisting: params.get('existing') === '1',
  };
}

export function writeMatchParams(settings: MatchSettings, params: URLSearchParams): void {
  if (settings.org === null) return;
  params.set('for', settings.org);
  if (settings.candidate !== null) params.set('cand', settings.candidate);
  if (settings.need !== null) params.set('need', settings.need);
  if (settings.hubs !== null) params.set('mhubs', settings.hubs.join(','));
  if (settings.orgKinds !== null) params.set('mkinds', settings.orgKinds.join(','));
  if (settings.includeExisting) params.set('existing', '1');
}
