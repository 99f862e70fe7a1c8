// The matching graphs of one database: the projection read once per data version (@siheung/core/data-version:
// every write transaction raises it) and a graph per date built from it with the weights calibrated for that date,
// all cached; overlapping requests share one read and one build. One service per database (matchingFor), like the
// analytics service.
import { LRUCache } from 'lru-cache';
import { readDataVersion } from '@siheung/core/data-version';
import { perDatabase, remember, type Held } from '../remember.ts';
import type { Database } from '@siheung/core/db';
import { singleThreadPool } from '../single-thread-pool.ts';
import { calibrateWeights, type WeightCalibration } from './calibrate-weights.ts';
import type { CalibrationRequest } from './calibration-worker.ts';
import { buildMatchingGraph, type MatchingGraph } from './matching-graph.ts';
import { MATCHING_CONFIG } from './scoring-weights.ts';
import type { MatchingInput } from './matching-input.ts';
import { readMatchingInput } from './read-matching-input.ts';

/** The calibration's own thread (calibration-worker.ts): seconds of CPU on a large network, never on the API thread. */
const calibrationPool = singleThreadPool<CalibrationRequest, WeightCalibration>(
  new URL('./calibration-worker.ts', import.meta.url),
);

/** Graphs kept (one per asOf asked for); each holds the whole network. */
const MAX_GRAPHS = 8;

export interface MatchingState {
  input: MatchingInput;
  /** Every organisation id in the database (the graph as of a date may leave some out). */
  known: Set<string>;
  graph: MatchingGraph;
}

export type WeightsMode = 'calibrated' | 'configured';

export class MatchingService {
  private version: string | null = null;
  private input: Promise<{ input: MatchingInput; known: Set<string> }> | null = null;
  private readonly graphs = new LRUCache<string, Held<MatchingGraph>>({ max: MAX_GRAPHS });
  private readonly calibrations = new LRUCache<string, Held<WeightCalibration>>({ max: MAX_GRAPHS });

  constructor(private readonly db: Database) {}

  /** The network as of `asOf` (YYYY-MM-DD), as the database holds it now. */
  async at(asOf: string): Promise<MatchingState> {
    const { version, input, known } = await this.current();
    return { input, known, graph: await this.graphAt(version, input, asOf) };
  }

  /**
   * The network as of `asOf` and the weights to rank with then: learnt from the network's own last year
   * (calibrate-weights.ts), or MATCHING_CONFIG's as they are (`configured`). Only partnerMatches needs the weights,
   * so they are learnt on first use; one data-version read serves both.
   */
  async withWeights(asOf: string, mode: WeightsMode): Promise<MatchingState & { calibration: WeightCalibration }> {
    const { version, input, known } = await this.current();
    const [graph, calibration] = await Promise.all([
      this.graphAt(version, input, asOf),
      this.calibrationAt(version, input, asOf, mode),
    ]);
    return { input, known, graph, calibration };
  }

  /** The weights alone (matchingWeights): the calibration builds its own past network, not the graph as of `asOf`. */
  async weights(asOf: string, mode: WeightsMode): Promise<WeightCalibration> {
    const { version, input } = await this.current();
    return this.calibrationAt(version, input, asOf, mode);
  }

  private calibrationAt(
    version: string,
    input: MatchingInput,
    asOf: string,
    mode: WeightsMode,
  ): Promise<WeightCalibration> {
    // Configured weights learn nothing (outcome OFF at once): not worth copying the network to the worker.
    if (mode === 'configured')
      return Promise.resolve(calibrateWeights(input, asOf, { ...MATCHING_CONFIG, calibration: null }));
    return remember(this.calibrations, `${version}|${asOf}|${mode}`, () =>
      calibrationPool().run({ input, asOf, config: MATCHING_CONFIG }),
    );
  }

  private graphAt(version: string, input: MatchingInput, asOf: string): Promise<MatchingGraph> {
    // Keyed by version too: a request that read an older version never leaves its graph for newer ones.
    return remember(this.graphs, `${version}|${asOf}`, async () => buildMatchingGraph(input, asOf));
  }

  /** The rows of the data version the database holds now, read once per version. */
  private async current() {
    const version = await readDataVersion(this.db);
    if (version !== this.version || this.input === null) {
      this.version = version;
      this.graphs.clear();
      this.calibrations.clear();
      const reading = readMatchingInput(this.db).then((input) => ({
        input,
        known: new Set(input.organizations.map((o) => o.id)),
      }));
      // A failed read is not kept: the next request tries again.
      reading.catch(() => {
        if (this.input === reading) this.input = null;
      });
      this.input = reading;
    }
    return { version, ...(await this.input) };
  }
}

export const matchingFor = perDatabase((db: Database) => new MatchingService(db));
