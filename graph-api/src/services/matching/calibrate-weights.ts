// The weights learnt from the network's own last year: networks differ in how partnerships form (in one, everybody
// joins the well-connected; in another, partners of partners meet), and no single weighting serves all
// (docs/matching.md, "Calibration"). So before ranking for a date, the engine looks at the network one window earlier,
// asks which weights would have foreseen the partnerships formed since, and ranks with those — the supervised link
// prediction of growing networks, trained only on what was known at the date. Deterministic: the same rows and date
// give the same weights.
import { splitAtDate } from './hold-out.ts';
import { fitWeights, prepareHoldOut, type FitMeasure } from './fit-weights.ts';
import type { MatchFactor } from '../../generated/resolvers-types.ts';
import type { MatchingInput } from './matching-input.ts';
import { MATCHING_CONFIG, type MatchingConfig } from './scoring-weights.ts';

export type CalibrationOutcome = 'CALIBRATED' | 'NO_GAIN' | 'TOO_FEW_NEW_PARTNERSHIPS' | 'OFF';

export interface WeightCalibration {
  /** The config to rank with: `config` with the learnt weights and structural index, or `config` itself. */
  config: MatchingConfig;
  outcome: CalibrationOutcome;
  /** The window learnt from: the network as of `from` predicting the partnerships formed up to `to` (null when off). */
  from: string | null;
  to: string | null;
  /** Organisations with a new partner in the window, and how many of them were scored. */
  eligible: number;
  scored: number;
  /**
   * What the weights were judged by, and its value over the scored organisations with the configured and the chosen
   * weights.
   */
  measure: FitMeasure;
  configuredScore: number;
  calibratedScore: number;
}

const SEED = 1;
/** Smoother than precision@10 on one year of a small network (fit-weights.ts, FitMeasure). */
const MEASURE: FitMeasure = 'MEAN_RECIPROCAL_RANK';

/** The same day `years` earlier (29 February → 28 February). */
export function yearsBefore(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years;
  const monthDay = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4);
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

/** The latest start date of any link: the "now" of a network asked about at no particular date. */
const latestSince = (input: MatchingInput): string | null =>
  input.links.reduce<string | null>(
    (latest, link) => (link.since !== null && (latest === null || link.since > latest) ? link.since : latest),
    null,
  );

export function calibrateWeights(
  input: MatchingInput,
  asOf: string | null,
  config: MatchingConfig = MATCHING_CONFIG,
): WeightCalibration {
  const settings = config.calibration;
  const to = asOf ?? latestSince(input);
  const unchanged = (
    outcome: CalibrationOutcome,
    from: string | null,
    figures: Partial<WeightCalibration> = {},
  ): WeightCalibration => ({
    config,
    outcome,
    from,
    to: from === null ? null : to,
    eligible: 0,
    scored: 0,
    measure: MEASURE,
    configuredScore: 0,
    calibratedScore: 0,
    ...figures,
  });
  if (settings === null || to === null) return unchanged('OFF', null);
  const from = yearsBefore(to, settings.windowYears);
  // The network's links alone: recorded feedback is each organisation's own, applied when it asks (rank-partners.ts).
  const holdOut = splitAtDate(input, from, to, `partnerships formed after ${from} up to ${to}`);
  const prepared = prepareHoldOut('calibration', holdOut, SEED, settings.maxOrganizations, config);
  const { eligible } = prepared;
  if (prepared.organizations.length < settings.minOrganizations)
    return unchanged('TOO_FEW_NEW_PARTNERSHIPS', from, { eligible, scored: prepared.organizations.length });
  const fit = fitWeights([prepared], config, { maxRounds: settings.maxRounds, measure: MEASURE });
  const [perHoldOut] = fit.perHoldOut;
  const figures = {
    eligible,
    scored: prepared.organizations.length,
    measure: MEASURE,
    configuredScore: perHoldOut!.start,
    calibratedScore: perHoldOut!.best,
  };
  if (fit.best.objective <= fit.start.objective + 1e-9)
    return unchanged('NO_GAIN', from, { ...figures, calibratedScore: perHoldOut!.start });
  const weights = Object.freeze({ ...fit.best.weights }) as Readonly<Record<MatchFactor, number>>;
  return {
    ...figures,
    config: Object.freeze({ ...config, ...fit.best.structural, weights }),
    outcome: 'CALIBRATED',
    from,
    to,
  };
}
