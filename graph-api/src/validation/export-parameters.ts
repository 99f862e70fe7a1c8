// The export routes' query parameters, read into the analytics arguments (scope and date) that analyticsRequest then
// validates as it does the GraphQL ones.
// Lists are comma-separated or repeated (?hubs=HUB-A,HUB-B or ?hubs=HUB-A&hubs=HUB-B); unknown parameters are refused.
import { badUserInput } from '../errors/app-errors.ts';
import type { LinkKind, OrgKind } from '../generated/resolvers-types.ts';
import { KIND_LABELS } from '@siheung/core/kind-labels';

const ORG_KINDS = Object.keys(KIND_LABELS) as OrgKind[];
const LINK_KINDS = Object.keys({
  JOINT_RD: true,
  CO_PUBLICATION: true,
  CLINICAL_TRIAL: true,
  TECH_TRANSFER: true,
  SUPPLY: true,
  MOU: true,
  INVESTMENT: true,
} satisfies Record<LinkKind, true>) as LinkKind[];

const PARAMETERS = ['hubs', 'orgKinds', 'sectors', 'linkKinds', 'asOf'] as const;
const MAX_PARAMETER_LENGTH = 5_000;

function list(params: URLSearchParams, name: string): string[] | null {
  const values = params.getAll(name);
  if (values.length === 0) return null;
  const items = values.flatMap((value) => value.split(',')).map((item) => item.trim());
  if (items.some((item) => item === ''))
    throw badUserInput(name, 'must list values separated by commas, without empty ones');
  return items;
}

function allowed<T extends string>(name: string, values: string[] | null, choices: readonly T[]): T[] | null {
  const wrong = values?.find((value) => !(choices as readonly string[]).includes(value));
  if (wrong !== undefined) throw badUserInput(name, `"${wrong.slice(0, 40)}" is not one of ${choices.join(', ')}`);
  return values as T[] | null;
}

/** The scope and date the URL asks for, as the GraphQL arguments give them; BAD_USER_INPUT naming the parameter. */
export function exportArguments(url: URL) {
  for (const [name, value] of url.searchParams) {
    if (!(PARAMETERS as readonly string[]).includes(name))
      throw badUserInput(name, `is not a parameter of the export; use ${PARAMETERS.join(', ')}`);
    if (value.length > MAX_PARAMETER_LENGTH)
      throw badUserInput(name, `must be at most ${MAX_PARAMETER_LENGTH} characters`);
  }
  const asOfValues = url.searchParams.getAll('asOf');
  if (asOfValues.length > 1) throw badUserInput('asOf', 'must be given once');
  const scope = {
    hubs: list(url.searchParams, 'hubs'),
    orgKinds: allowed('orgKinds', list(url.searchParams, 'orgKinds'), ORG_KINDS),
    sectors: list(url.searchParams, 'sectors'),
    linkKinds: allowed('linkKinds', list(url.searchParams, 'linkKinds'), LINK_KINDS),
  };
  return { scope, asOf: asOfValues[0] ?? null };
}
