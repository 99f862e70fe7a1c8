// A match score as the segments of one bar: each factor's contribution (weight × value) as a share of the whole
// scale (0..1), largest first, with the factor's colour; factors that add nothing are left out.
import type { MatchFactor, MatchScorePart } from '../api/matches-queries';

export interface ScoreSegment {
  factor: MatchFactor;
  /** Percent of the bar's full width (the score scale 0..1), rounded to 0.1. */
  width: number;
  value: number;
  weight: number;
  contribution: number;
  colour: string;
}

/** Distinct at a glance and in grey scale order; FEEDBACK is the secretariat's, set apart in grey. */
export const FACTOR_COLOURS: Readonly<Record<MatchFactor, string>> = {
  CAPABILITY_FIT: '#1f6feb',
  INTRODUCTION: '#2da44e',
  SHARED_ACTIVITY: '#bf8700',
  HUB_PROXIMITY: '#8250df',
  KIND_COMPLEMENT: '#cf222e',
  STRUCTURAL_SIMILARITY: '#0a7f86',
  POPULARITY: '#9a6700',
  FEEDBACK: '#6e7781',
};

export function scoreSegments(parts: readonly MatchScorePart[]): ScoreSegment[] {
  return parts
    .filter((part) => part.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || a.factor.localeCompare(b.factor))
    .map((part) => ({
      factor: part.factor,
      width: Math.round(Math.min(1, part.contribution) * 1000) / 10,
      value: part.value,
      weight: part.weight,
      contribution: part.contribution,
      colour: FACTOR_COLOURS[part.factor],
    }));
}

/** 0.6438 → "64" (scores and their parts are shown as points out of 100). */
export function asPoints(fraction: number): string {
  return String(Math.round(fraction * 100));
}
