// The evaluation's metrics for one ranked list against the partners an organisation really gained, and their means.

/** Share of the first k proposals that became partners (k proposals are counted even when fewer were returned). */
export function precisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (k <= 0) throw new RangeError(`eval/ranking-metrics: k must be positive, got ${k}`);
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / k;
}

/** Share of the new partners found among the first k proposals (0 when there are none to find). */
export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (k <= 0) throw new RangeError(`eval/ranking-metrics: k must be positive, got ${k}`);
  if (relevant.size === 0) return 0;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

/** 1 / the rank of the first new partner in the list; 0 when none is in it. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const index = ranked.findIndex((id) => relevant.has(id));
  return index === -1 ? 0 : 1 / (index + 1);
}

export interface RankingScores {
  precisionAt5: number;
  precisionAt10: number;
  recallAt10: number;
  mrr: number;
}

export const METRIC_NAMES: Readonly<Record<keyof RankingScores, string>> = {
  precisionAt5: 'P@5',
  precisionAt10: 'P@10',
  recallAt10: 'R@10',
  mrr: 'MRR',
};

/** The four metrics of one organisation's list. */
export function scoreRanking(ranked: readonly string[], relevant: ReadonlySet<string>): RankingScores {
  return {
    precisionAt5: precisionAt(ranked, relevant, 5),
    precisionAt10: precisionAt(ranked, relevant, 10),
    recallAt10: recallAt(ranked, relevant, 10),
    mrr: reciprocalRank(ranked, relevant),
  };
}

/** Each metric averaged over the organisations (macro average: every organisation counts once); zeros for none. */
export function meanScores(all: readonly RankingScores[]): RankingScores {
  const mean = (pick: (scores: RankingScores) => number): number =>
    all.length === 0 ? 0 : all.reduce((sum, scores) => sum + pick(scores), 0) / all.length;
  return {
    precisionAt5: mean((s) => s.precisionAt5),
    precisionAt10: mean((s) => s.precisionAt10),
    recallAt10: mean((s) => s.recallAt10),
    mrr: mean((s) => s.mrr),
  };
}
