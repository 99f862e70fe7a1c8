// Hiding links to learn from them: the network as it stood at a date, the links formed after it, and for each
// organisation the new partners those links gave it. The weight calibration learns from the network's own last year
// this way, and the evaluation (eval/) scores every method on such hold-outs.
import { sampleWithoutReplacement, seededRandom } from '@siheung/core/random';
import type { MatchingGraph } from './matching-graph.ts';
import type { MatchingInput, MatchingLink } from './matching-input.ts';

export interface HoldOut {
  /** What was hidden, for tables ("links formed after 2025-12-31"). */
  description: string;
  /** The input with the hidden links removed (everything else as it was). */
  training: MatchingInput;
  /** The date the engine sees the training network at (the cut-off), or null: every date. */
  asOf: string | null;
  hidden: MatchingLink[];
  /** Per organisation, the partners it gained through hidden links and had no link with in the training input. */
  targets: Map<string, Set<string>>;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The new partners of each organisation: hidden pairs with no training link (both directions). */
export function newPartners(
  training: readonly MatchingLink[],
  hidden: readonly MatchingLink[],
): Map<string, Set<string>> {
  const linked = new Set(training.map((link) => pairKey(link.from, link.to)));
  const targets = new Map<string, Set<string>>();
  const add = (org: string, partner: string): void => {
    const set = targets.get(org) ?? new Set<string>();
    set.add(partner);
    targets.set(org, set);
  };
  for (const link of hidden) {
    if (link.from === link.to || linked.has(pairKey(link.from, link.to))) continue;
    add(link.from, link.to);
    add(link.to, link.from);
  }
  return targets;
}

/**
 * The network as of `cutoff`; hidden: the links formed after it, up to `horizon` when given (later links are left
 * out of both sides). Links with no date count at every date, so they stay in the training network.
 */
export function splitAtDate(
  input: MatchingInput,
  cutoff: string,
  horizon: string | null,
  description: string,
): HoldOut {
  const isHidden = (link: MatchingLink): boolean => link.since !== null && link.since > cutoff;
  const inHorizon = (link: MatchingLink): boolean => horizon === null || (link.since !== null && link.since <= horizon);
  const trainingLinks = input.links.filter((link) => !isHidden(link));
  const hidden = input.links.filter((link) => isHidden(link) && inHorizon(link));
  return {
    description,
    training: { ...input, links: trainingLinks },
    asOf: cutoff,
    hidden,
    targets: newPartners(trainingLinks, hidden),
  };
}

/**
 * The organisations a hold-out can score: those in the graph as of the cut-off with at least one new partner that is
 * in it too (an organisation founded after the cut-off can be neither asked about nor proposed), a seeded sample of
 * them when `maxOrganizations` is exceeded.
 */
export function organizationsToScore(
  graph: MatchingGraph,
  holdOut: HoldOut,
  options: { seed: number; maxOrganizations?: number },
) {
  let targetsNotInGraph = 0;
  const eligible: Array<[string, Set<string>]> = [];
  for (const [orgId, partners] of [...holdOut.targets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const present = new Set([...partners].filter((id) => graph.indexOf.has(id)));
    if (!graph.indexOf.has(orgId)) {
      targetsNotInGraph += partners.size;
      continue;
    }
    targetsNotInGraph += partners.size - present.size;
    if (present.size > 0) eligible.push([orgId, present]);
  }
  const chosen =
    options.maxOrganizations !== undefined && eligible.length > options.maxOrganizations
      ? sampleWithoutReplacement(
          eligible,
          options.maxOrganizations,
          seededRandom(String(options.seed), 'matching-eval-organisations'),
        )
      : eligible;
  return { eligible, chosen, targetsNotInGraph };
}
