// Reads one `organizations` page: the statement fitting its filter and order, with the nested fields the selection
// asks for folded in (one statement instead of one per nested field), primed into the request's loaders.
import type { Database, Params } from '@siheung/core/db';
import type { Loaders, PartnerLinksQuery } from './create-loaders.ts';
import type { CapabilityRow, CollaborationRow, HubRow, OrganizationRow } from './rows.ts';

export interface PageParams {
  orderField: string;
  descending: boolean;
  skip: number;
  first: number;
  /** The filter and search parameters of organizations-page, each null for "any". */
  [filter: string]: unknown;
}

type PageRow = Record<string, unknown>;

/** The nested fields to fold into the page's statement (worked out from the request's selection by the resolver). */
export interface NestedPlan {
  hub: boolean;
  /** The `first` of the `capabilities` fields asked for; null when none is. */
  capabilities: number | null;
  /** What the `partners` fields ask (filter, partners and links per partner); null when none is. */
  links: PartnerLinksQuery | null;
  /** The partners' organisations are asked only for summary fields, and no link asks for its ends (`from`, `to`). */
  partnerSummary: boolean;
  /** `partners` does not ask for its `links` themselves: title, source and synthetic are not needed. */
  lightLinks: boolean;
}

/** The nested variant's extra parameters: what to bring along, and the link filter (names apart from the page's). */
function nestedParams(plan: NestedPlan) {
  return {
    withHub: plan.hub,
    withCapabilities: plan.capabilities !== null,
    capabilityLimit: plan.capabilities ?? 0,
    partnerLimit: plan.links?.first ?? 0,
    linkLimit: plan.links?.linkFirst ?? 0,
    withLinks: plan.links !== null,
    partnerSummary: plan.partnerSummary,
    lightLinks: plan.lightLinks,
    linkKinds: plan.links?.kinds ?? null,
    linkAsOf: plan.links?.asOf ?? null,
    partnerKinds: plan.links?.partnerKinds ?? null,
    linkSynthetic: plan.links?.synthetic ?? null,
  };
}

/** The page statements, each with its `-nested` twin: literal names, so the statement-usage test finds every one. */
const NESTED_TWIN = {
  'organizations-page': 'organizations-page-nested',
  'organizations-page-by-name': 'organizations-page-by-name-nested',
  'organizations-page-by-name-desc': 'organizations-page-by-name-desc-nested',
} as const;

type PageStatement = keyof typeof NESTED_TWIN;

/**
 * The page's row, and the plan it was read with (null: without the nested fields). The unfiltered by-name page (the
 * list's default) has its own cheap statements (count store, index order); they leave out organisations without a
 * name, which the general one sorts last, so a short page that should have been full is asked again of the general
 * one. Each statement has a `-nested` twin for `plan`, sent once Neo4j has planned it (Database.warmGate).
 */
async function readPage(
  db: Database,
  params: PageParams,
  plan: NestedPlan | null,
): Promise<{ row: PageRow | undefined; plan: NestedPlan | null }> {
  let used = plan;
  const read = async (name: PageStatement, values: Params): Promise<PageRow | undefined> => {
    const nested = NESTED_TWIN[name];
    const ran = used === null ? null : db.warmGate(nested);
    if (used !== null && ran !== null) {
      try {
        const [row] = await db.read(nested, { ...values, ...nestedParams(used) });
        ran(true);
        return row;
      } catch (error) {
        ran(false);
        throw error;
      }
    }
    used = null;
    return (await db.read(name, values))[0];
  };
  const { orderField, descending, skip, first, ...filters } = params;
  if (orderField !== 'NAME' || Object.values(filters).some((value) => value !== null))
    return { row: await read('organizations-page', params), plan: used };
  const row = await read(descending ? 'organizations-page-by-name-desc' : 'organizations-page-by-name', {
    skip,
    first,
  });
  const found = ((row?.organizations ?? []) as unknown[]).length;
  const complete = found === first || skip + found >= Number(row?.totalCount ?? 0);
  return { row: complete ? row : await read('organizations-page', params), plan: used };
}

/**
 * Links the page brought without title, source and synthetic, by request (its loaders), filter and organisation: for
 * `partners` without `links` only, so never put in the link loader, where `collaborations` could read them.
 */
const lightLinks = new WeakMap<Loaders, Map<string, CollaborationRow[]>>();
const lightKey = (query: PartnerLinksQuery, organizationId: string): string =>
  `${JSON.stringify(query)}\u0000${organizationId}`;

/** The light links the page brought of an organisation under a filter, if it did. */
export function pageLightLinks(
  loaders: Loaders,
  query: PartnerLinksQuery,
  organizationId: string,
): CollaborationRow[] | undefined {
  return lightLinks.get(loaders)?.get(lightKey(query, organizationId));
}

/** Puts what the nested statement brought into the loaders, so the nested fields' resolvers answer from memory. */
function primeNested(loaders: Loaders, row: PageRow, plan: NestedPlan | null): void {
  if (plan === null) return;
  const organizations = (row.organizations ?? []) as OrganizationRow[];
  if (plan.hub) {
    const hubs = new Map(((row.hubs ?? []) as HubRow[]).map((hub) => [hub.id, hub]));
    // A hub id naming no hub is primed as null, as the hub loader would answer it.
    for (const { hubId } of organizations) if (hubId) loaders.hub.prime(hubId, hubs.get(hubId) ?? null);
  }
  const capabilities = (row.capabilities ?? []) as CapabilityRow[][];
  const links = (row.collaborations ?? []) as CollaborationRow[][];
  const query = plan.links;
  const linksOf = query === null || plan.lightLinks ? null : loaders.partnerLinksOf(query);
  const capabilitiesOf = plan.capabilities === null ? null : loaders.capabilitiesOf({ first: plan.capabilities });
  // Added to what another `organizations` field of the same request may have brought.
  const light =
    query !== null && plan.lightLinks ? (lightLinks.get(loaders) ?? new Map<string, CollaborationRow[]>()) : null;
  organizations.forEach((organization, index) => {
    capabilitiesOf?.prime(organization.id, capabilities[index] ?? []);
    linksOf?.prime(organization.id, links[index] ?? []);
    light?.set(lightKey(query!, organization.id), links[index] ?? []);
  });
  if (light) lightLinks.set(loaders, light);
}

/**
 * One `organizations` page, read with the statement fitting it (readPage), its organisations and the nested rows it
 * brought primed into the request's loaders.
 */
export async function readOrganizationsPage(
  db: Database,
  loaders: Loaders,
  params: PageParams,
  plan: NestedPlan | null,
): Promise<PageRow | undefined> {
  const { row, plan: used } = await readPage(db, params, plan);
  if (!row) return undefined;
  for (const organization of (row.organizations ?? []) as OrganizationRow[])
    loaders.organization.prime(organization.id, organization);
  primeNested(loaders, row, used);
  return row;
}
