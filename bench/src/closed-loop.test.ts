// Checks the load generator: rounds end on time, go on for the sample floor, and never past their cap.
import { describe, expect, it } from 'vitest';
import { closedLoop, compareSides } from './closed-loop.ts';

const answersIn = (ms: number) => () => new Promise((resolve) => setTimeout(resolve, ms));

describe('closedLoop', () => {
  it('stops at the round time when the floor is already met', async () => {
    const { latencies, wallMs } = await closedLoop(answersIn(5), 4, 100, 8, 1000);
    expect(wallMs).toBeLessThan(400);
    expect(latencies.length).toBeGreaterThanOrEqual(8);
  });

  it('goes on past the round time until the floor of samples is in', async () => {
    const { latencies, wallMs } = await closedLoop(answersIn(40), 2, 50, 12, 2000);
    expect(latencies.length).toBeGreaterThanOrEqual(12);
    // Not a whole extra wave per worker beyond the floor.
    expect(latencies.length).toBeLessThanOrEqual(13);
    expect(wallMs).toBeGreaterThan(200);
  });

  it('never runs past the cap, even short of the floor', async () => {
    const { latencies, wallMs } = await closedLoop(answersIn(60), 1, 50, 1000, 200);
    expect(latencies.length).toBeLessThan(10);
    expect(wallMs).toBeLessThan(600);
  });
});

describe('compareSides', () => {
  it('spreads the floor over the rounds and reports every sample of each side', async () => {
    const summaries = await compareSides(
      [
        { name: 'slow', request: answersIn(30) },
        { name: 'fast', request: answersIn(3) },
      ],
      { rounds: 2, roundMs: 40, concurrency: 2, warmup: 1, minSamples: 20, maxStretch: 20 },
    );
    expect(summaries.slow!.samples).toBeGreaterThanOrEqual(20);
    expect(summaries.fast!.samples).toBeGreaterThan(summaries.slow!.samples);
    expect(summaries.slow!.p95Ms).toBeGreaterThan(summaries.fast!.p95Ms);
  });
});
