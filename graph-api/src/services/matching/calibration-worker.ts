// The weight calibration (calibrate-weights.ts) in a worker thread: on a large network it is seconds of CPU
// (docs/matching.md), which on the API thread would stall every other request for as long — their Neo4j connection
// acquisitions then time out and trip the circuit breaker (seen in the matching bench). Pure and deterministic: the
// same rows, date and config give the same weights wherever it runs.
import { calibrateWeights, type WeightCalibration } from './calibrate-weights.ts';
import type { MatchingInput } from './matching-input.ts';
import type { MatchingConfig } from './scoring-weights.ts';

export interface CalibrationRequest {
  input: MatchingInput;
  asOf: string;
  config: MatchingConfig;
}

export default function calibrationWorker({ input, asOf, config }: CalibrationRequest): WeightCalibration {
  return calibrateWeights(input, asOf, config);
}
