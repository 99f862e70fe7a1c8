// Needs first: what a secretariat is asked for is a partner for a stated need, so each of the organisation's urgent
// needs (priority within `maxPriority`) gets its best-scored candidate that offers the capability (or a narrower one)
// into the first `within` places whenever the candidates hold one. The learnt scores order everything else, and the
// places inside that frame; they cannot push a need out of it.
import type { OrgNeed } from './matching-graph.ts';

export interface NeedsFirstConfig {
  /** Needs of this priority or more urgent (1 is the most urgent) are covered. */
  maxPriority: number;
  /** The places in which each of them is covered. */
  within: number;
}

export interface ScoredCandidate {
  /** The candidate's index in the matching graph. */
  i: number;
  score: number;
}

/** `scored` (best first) reordered so that the urgent `needs` are covered within the first places; otherwise as is. */
export function needsFirstOrder<T extends ScoredCandidate>(
  scored: readonly T[],
  needs: readonly OrgNeed[],
  covers: readonly Set<string>[],
  config: NeedsFirstConfig,
): T[] {
  const urgent = needs.filter((need) => need.priority <= config.maxPriority).sort((a, b) => a.priority - b.priority);
  const chosen = new Set<T>();
  for (const need of urgent) {
    if (chosen.size >= config.within) break;
    if ([...chosen].some((candidate) => covers[candidate.i]!.has(need.capabilityId))) continue;
    const best = scored.find((candidate) => covers[candidate.i]!.has(need.capabilityId));
    if (best !== undefined) chosen.add(best);
  }
  if (chosen.size === 0) return [...scored];
  // The frame: the chosen ones and the best of the rest up to `within`, in score order; then the rest as they were.
  const frame = new Set(chosen);
  for (const candidate of scored) {
    if (frame.size >= config.within) break;
    frame.add(candidate);
  }
  return [
    ...scored.filter((candidate) => frame.has(candidate)),
    ...scored.filter((candidate) => !frame.has(candidate)),
  ];
}
