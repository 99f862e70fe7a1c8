// The evaluation's hold-outs: hide some links, keep the rest as the network to predict from, and list for each
// organisation the new partners the hidden links gave it (the answers the rankings are scored against).
import { sampleWithoutReplacement, seededRandom } from '@siheung/core/random';
import { newPartners, pairKey, splitAtDate, type HoldOut } from '../src/services/matching/hold-out.ts';
import type { MatchingInput, MatchingLink } from '../src/services/matching/matching-input.ts';

const endOfYear = (year: number): string => `${year}-12-31`;

/**
 * The latest cut-off year such that at least `minHiddenShare` of the links were formed after its end: late enough
 * that the network as of the cut-off is most of the graph, early enough to leave positives to find.
 */
export function chooseCutoffYear(links: readonly MatchingLink[], minHiddenShare = 0.15): number {
  const years = [...new Set(links.flatMap((link) => (link.since ? [Number(link.since.slice(0, 4))] : [])))].sort(
    (a, b) => b - a,
  );
  for (const year of years) {
    const after = links.filter((link) => link.since !== null && link.since > endOfYear(year)).length;
    if (after >= minHiddenShare * links.length) return year;
  }
  throw new Error(
    `eval/holdout-splits: no cut-off year leaves ${Math.round(minHiddenShare * 100)} % of ` +
      `${links.length} links after it`,
  );
}

/**
 * The network as of the end of `cutoffYear`; hidden: the links formed after it (up to the end of `horizonYear` when
 * given — an earlier cut-off used for choosing weights predicts one year, never the test years). Links with no date
 * count at every date, so they stay in the training network.
 */
export function timeSplit(input: MatchingInput, cutoffYear: number, horizonYear?: number): HoldOut {
  const cutoff = endOfYear(cutoffYear);
  const description =
    horizonYear === undefined ? `links formed after ${cutoff}` : `links formed in ${cutoffYear + 1}..${horizonYear}`;
  return splitAtDate(input, cutoff, horizonYear === undefined ? null : endOfYear(horizonYear), description);
}

/** A seeded random `share` of the partner pairs (all links of a chosen pair), predicted from every other link. */
export function randomSplit(input: MatchingInput, seed: number, share = 0.1): HoldOut {
  const pairs = [
    ...new Set(input.links.filter((link) => link.from !== link.to).map((link) => pairKey(link.from, link.to))),
  ].sort();
  const chosen = new Set(
    sampleWithoutReplacement(
      pairs,
      Math.round(share * pairs.length),
      seededRandom(String(seed), 'matching-eval-random-split'),
    ),
  );
  const hidden = input.links.filter((link) => chosen.has(pairKey(link.from, link.to)));
  const trainingLinks = input.links.filter((link) => !chosen.has(pairKey(link.from, link.to)));
  return {
    description: `a random ${Math.round(share * 100)} % of partner pairs (seed ${seed})`,
    training: { ...input, links: trainingLinks },
    asOf: null,
    hidden,
    targets: newPartners(trainingLinks, hidden),
  };
}
