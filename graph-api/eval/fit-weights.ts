// `pnpm eval:matching --fit`: the validation hold-outs of every dataset (weight-ablation.ts: an earlier cut-off
// predicting the next year, a random split of another seed — never the test splits), prepared for the engine's
// weight fit (../fit-weights.ts), which then proposes one MATCHING_CONFIG for all of them.
import { prepareHoldOut, type PreparedHoldOut } from '../src/services/matching/fit-weights.ts';
import { MATCHING_CONFIG } from '../src/services/matching/scoring-weights.ts';
import type { EvalDataset } from './eval-datasets.ts';
import { validationHoldOuts } from './weight-ablation.ts';

export function prepareValidation(
  datasets: readonly EvalDataset[],
  seed: number,
  maxOrganizations: number,
): PreparedHoldOut[] {
  return datasets.flatMap((dataset) =>
    validationHoldOuts(dataset, seed).map(({ name, split }) =>
      prepareHoldOut(`${dataset.name} · ${name}`, split, seed, maxOrganizations, MATCHING_CONFIG),
    ),
  );
}
