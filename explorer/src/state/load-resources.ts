// Loads the side panels' data and who the caller is: an organisation's details, its name alone, search suggestions and
// the hubs.
import type { HubOption, OrganizationDetail, OrganizationHit, OrganizationLabel } from '../api/api-types';
import { toOrganizationHit } from '../api/api-types';
import { requestGraphQL } from '../api/graphql-client';
import { HUBS_QUERY, ORGANIZATION_LABEL_QUERY, ORGANIZATION_QUERY, SEARCH_QUERY } from '../api/queries';
import { VIEWER_QUERY, type Viewer } from '../api/viewer-queries';

/** Suggestions shown under a search box. */
export const SUGGESTION_COUNT = 8;

/**
 * `withPrivate` asks for the staff-only fields too (the survey needs); without it `needs` is left out of the answer.
 */
export async function loadOrganization(
  id: string,
  withPrivate: boolean,
  signal: AbortSignal,
): Promise<OrganizationDetail> {
  return (await requestGraphQL(ORGANIZATION_QUERY, { id, withPrivate }, { signal })).organization;
}

export async function loadViewer(signal: AbortSignal): Promise<Viewer> {
  return (await requestGraphQL(VIEWER_QUERY, {}, { signal })).viewer;
}

export async function loadOrganizationLabel(id: string, signal: AbortSignal): Promise<OrganizationLabel> {
  return (await requestGraphQL(ORGANIZATION_LABEL_QUERY, { id }, { signal })).organization;
}

export async function loadSuggestions(text: string, signal: AbortSignal): Promise<OrganizationHit[]> {
  const data = await requestGraphQL(SEARCH_QUERY, { text, first: SUGGESTION_COUNT }, { signal });
  return data.search.map(toOrganizationHit).filter((hit): hit is OrganizationHit => hit !== null);
}

export async function loadHubs(signal: AbortSignal): Promise<HubOption[]> {
  return (await requestGraphQL(HUBS_QUERY, {}, { signal })).hubs;
}
