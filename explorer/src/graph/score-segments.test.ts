// The score bar: contributions as widths of the 0..1 scale, largest first, zero parts left out.
import { describe, expect, it } from 'vitest';
import type { MatchScorePart } from '../api/matches-queries';
import { asPoints, FACTOR_COLOURS, scoreSegments } from './score-segments';

const part = (factor: MatchScorePart['factor'], value: number, weight: number): MatchScorePart => ({
  factor,
  value,
  weight,
  contribution: value * weight,
});

describe('scoreSegments', () => {
  it('orders the factors by contribution and sizes each as its share of the full scale', () => {
    const segments = scoreSegments([
      part('HUB_PROXIMITY', 1, 0.1),
      part('CAPABILITY_FIT', 0.8, 0.35),
      part('FEEDBACK', 0, 0.05),
      part('INTRODUCTION', 0.5, 0.2),
    ]);
    expect(segments.map((segment) => [segment.factor, segment.width])).toEqual([
      ['CAPABILITY_FIT', 28],
      ['HUB_PROXIMITY', 10],
      ['INTRODUCTION', 10],
    ]);
    expect(segments.reduce((sum, segment) => sum + segment.width, 0)).toBe(48);
    expect(segments[0]!.colour).toBe(FACTOR_COLOURS.CAPABILITY_FIT);
  });

  it('gives every factor its own colour', () => {
    expect(new Set(Object.values(FACTOR_COLOURS)).size).toBe(Object.keys(FACTOR_COLOURS).length);
  });

  it('shows fractions as points out of 100', () => {
    expect([asPoints(0.6438), asPoints(0), asPoints(1)]).toEqual(['64', '0', '100']);
  });
});
