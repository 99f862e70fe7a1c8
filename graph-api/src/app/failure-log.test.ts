// The failure log on a fake clock: the first failure of a kind in full, repeats as one line a second with a count,
// a kind forgotten after a quiet second, levels by who has to act.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureLog } from '../../test/captured-log.ts';
import { FailureLog, type RequestFailure } from './failure-log.ts';

const unavailable: RequestFailure = {
  requestId: 'r-1',
  operation: 'Page',
  code: 'DATABASE_UNAVAILABLE',
  role: 'public',
  durationMs: 3,
  method: 'POST',
  path: '/graphql',
  status: 503,
  field: 'organizations',
  cause: null,
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('FailureLog', () => {
  it('writes the first failure of a kind in full and its repeats as one line a second with a count', async () => {
    const log = captureLog();
    const failures = new FailureLog(log.logger);
    failures.record(unavailable);
    for (let index = 2; index <= 40; index += 1)
      failures.record({ ...unavailable, requestId: `r-${index}`, durationMs: index });
    expect(log.lines()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    failures.record({ ...unavailable, requestId: 'r-41' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log.lines()).toMatchObject([
      { level: 'warn', msg: 'request failed', requestId: 'r-1', durationMs: 3, code: 'DATABASE_UNAVAILABLE' },
      { msg: 'request failed (repeated)', count: 39, intervalMs: 1_000, maxDurationMs: 40, lastRequestId: 'r-40' },
      { msg: 'request failed (repeated)', count: 1, lastRequestId: 'r-41' },
    ]);
  });

  it('logs a kind in full again once it has been quiet for a second, and tells kinds apart', async () => {
    const log = captureLog();
    const failures = new FailureLog(log.logger);
    failures.record(unavailable);
    failures.record({ ...unavailable, role: 'staff' });
    failures.record({ ...unavailable, code: 'BAD_USER_INPUT', status: 400 });
    await vi.advanceTimersByTimeAsync(2_000);
    failures.record({ ...unavailable, requestId: 'r-again' });
    expect(log.lines().map((line) => [line.msg, line.level, line.role, line.requestId])).toEqual([
      ['request failed', 'warn', 'public', 'r-1'],
      ['request failed', 'warn', 'staff', 'r-1'],
      ['request failed', 'info', 'public', 'r-1'],
      ['request failed', 'warn', 'public', 'r-again'],
    ]);
  });

  it('writes an unexpected error at level error with its cause; its repeats without a stack', () => {
    const log = captureLog();
    const failures = new FailureLog(log.logger);
    const cause = new Error('resolver broke', { cause: new TypeError('x is undefined') });
    const internal = { ...unavailable, code: 'INTERNAL_SERVER_ERROR', status: 500, cause };
    failures.record(internal);
    failures.record({ ...internal, requestId: 'r-2' });
    failures.flush();
    const [first, repeated] = log.lines();
    expect(first).toMatchObject({ level: 'error', err: { message: 'resolver broke: x is undefined' } });
    expect((first?.err as { stack: string }).stack).toContain('caused by: TypeError: x is undefined');
    expect(repeated).toMatchObject({ level: 'error', count: 1 });
    expect(repeated).not.toHaveProperty('err');
  });
});
