// Checks the phase timer: a phase is recorded (and logged) when it ends, failed ones too, and listed by start.
import { describe, expect, it } from 'vitest';
import { formatPhases, logPhasesTo, phase, phaseTimings } from './bench-phases.ts';

describe('phase', () => {
  it('records how long each phase took, whether it succeeded or failed, in start order', async () => {
    const logged: string[] = [];
    logPhasesTo((line) => logged.push(line));
    const slow = phase('T-PHASES slow', () => new Promise((resolve) => setTimeout(() => resolve('done'), 80)));
    const failing = phase('T-PHASES failing', () => Promise.reject(new Error('no')));
    await expect(failing).rejects.toThrow('no');
    await expect(slow).resolves.toBe('done');
    const mine = phaseTimings().filter((timing) => timing.name.startsWith('T-PHASES'));
    expect(mine.map((timing) => timing.name)).toEqual(['T-PHASES slow', 'T-PHASES failing']);
    expect(mine[0]!.seconds).toBeGreaterThanOrEqual(0.07);
    expect(logged.some((line) => /T-PHASES slow: 0\.\d s$/.test(line))).toBe(true);
    expect(formatPhases(mine).split('\n')).toHaveLength(4);
  });
});
