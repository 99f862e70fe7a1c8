// Validation of the network queries' arguments (NetworkFilter, link kinds, dates); failures name the argument.
import { badUserInput } from '../errors/app-errors.ts';
import type { NetworkFilter } from '../generated/resolvers-types.ts';
import type { NetworkParams } from './network-params.ts';
import { idList, isoDate } from './arguments.ts';

/** An optional list that, when given, holds at least one value (an empty list would silently match nothing). */
export function nonEmptyList<T>(argument: string, values: readonly T[] | null | undefined): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length === 0) throw badUserInput(argument, 'must list at least one value, or be left out for all');
  return [...new Set(values)];
}

function nonEmptyIds(argument: string, values: readonly string[] | null | undefined): string[] | null {
  return idList(argument, nonEmptyList(argument, values));
}

export function networkParams(filter: NetworkFilter | null | undefined, argument = 'filter'): NetworkParams {
  return {
    linkKinds: nonEmptyList(`${argument}.linkKinds`, filter?.linkKinds),
    orgKinds: nonEmptyList(`${argument}.orgKinds`, filter?.orgKinds),
    hubs: nonEmptyIds(`${argument}.hubs`, filter?.hubs),
    sectors: nonEmptyIds(`${argument}.sectors`, filter?.sectors),
    asOf: isoDate(`${argument}.asOf`, filter?.asOf),
  };
}
