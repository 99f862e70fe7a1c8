// The circuit breaker's state machine on a fake clock with a scripted probe (the fault test covers a real Neo4j).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.ts';

const unavailable = () => new Error('unavailable');

/** A probe whose answers the test sets; counts its calls. */
function scriptedProbe() {
  const probe = { up: false, calls: 0, fn: async () => ((probe.calls += 1), probe.up) };
  return probe;
}

function breakerWith(probe: ReturnType<typeof scriptedProbe>) {
  return new CircuitBreaker({ probe: probe.fn, probeIntervalMs: 300, recoveryWindowMs: 5_000, deadlineMs: 1_800 });
}

/** A breaker whose probe has just succeeded: recovering. */
async function recoveringBreaker(options: Partial<CircuitBreakerOptions> = {}) {
  const probe = scriptedProbe();
  const breaker = new CircuitBreaker({
    probe: probe.fn,
    probeIntervalMs: 300,
    recoveryWindowMs: 5_000,
    deadlineMs: 1_800,
    ...options,
  });
  breaker.trip();
  probe.up = true;
  await vi.advanceTimersByTimeAsync(300);
  return breaker;
}

/** An operation the test settles by hand. */
function pending<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve, calls: 0 };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CircuitBreaker', () => {
  it('passes work through while closed, also work slower than the deadline', async () => {
    const breaker = breakerWith(scriptedProbe());
    const slow = pending<string>();
    const result = breaker.guard(() => slow.promise, unavailable);
    await vi.advanceTimersByTimeAsync(10_000);
    slow.resolve('done');
    await expect(result).resolves.toBe('done');
    expect(breaker.state).toBe('closed');
  });

  it('once tripped, fails new work at once without calling it and fails work in flight', async () => {
    const breaker = breakerWith(scriptedProbe());
    const inFlight = breaker.guard(() => pending<string>().promise, unavailable);
    breaker.trip();
    await expect(inFlight).rejects.toThrow('unavailable');
    const operation = vi.fn(async () => 'never');
    await expect(breaker.guard(operation, unavailable)).rejects.toThrow('unavailable');
    expect(operation).not.toHaveBeenCalled();
    expect(breaker.state).toBe('open');
  });

  it('runs one probe at a time every interval while open, and recovers on the first success', async () => {
    const probe = scriptedProbe();
    const breaker = breakerWith(probe);
    breaker.trip();
    breaker.trip();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(probe.calls).toBe(3);
    probe.up = true;
    await vi.advanceTimersByTimeAsync(300);
    expect(breaker.state).toBe('recovering');
    const calls = probe.calls;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe.calls).toBe(calls);
    await expect(breaker.guard(async () => 'answer', unavailable)).resolves.toBe('answer');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(breaker.state).toBe('closed');
  });

  it('gives up work that has not answered within the deadline while recovering', async () => {
    const breaker = await recoveringBreaker();
    const hanging = breaker.guard(() => pending<string>().promise, unavailable);
    const outcome = hanging.then(
      () => 'answered',
      () => Date.now(),
    );
    const startedAt = Date.now();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(((await outcome) as number) - startedAt).toBe(1_800);
  });

  it('lets only a few calls through while recovering, and frees a slot when Neo4j is done with a call', async () => {
    const breaker = await recoveringBreaker({ recoveryConcurrency: 2 });
    expect(breaker.state).toBe('recovering');
    const first = pending<string>();
    const second = pending<string>();
    const answers = [breaker.guard(() => first.promise, unavailable), breaker.guard(() => second.promise, unavailable)];
    await expect(breaker.guard(async () => 'third', unavailable)).rejects.toThrow('unavailable');
    first.resolve('first');
    await expect(answers[0]).resolves.toBe('first');
    await expect(breaker.guard(async () => 'third', unavailable)).resolves.toBe('third');
    second.resolve('second');
    await expect(answers[1]).resolves.toBe('second');
  });

  it('stays recovering until a whole window passes without a request given up', async () => {
    const breaker = await recoveringBreaker();
    await vi.advanceTimersByTimeAsync(1_000);
    void breaker.guard(() => pending<string>().promise, unavailable).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1_800 + 4_900);
    expect(breaker.state).toBe('recovering');
    await vi.advanceTimersByTimeAsync(100);
    expect(breaker.state).toBe('closed');
  });

  it('closes as soon as enough calls in a row answer within the deadline, without waiting for the window', async () => {
    const breaker = await recoveringBreaker({ deadlineMs: 900, recoveryConcurrency: 2, closeAfterSuccesses: 3 });
    for (const answer of ['a', 'b']) await expect(breaker.guard(async () => answer, unavailable)).resolves.toBe(answer);
    expect(breaker.state).toBe('recovering');
    await expect(breaker.guard(async () => 'c', unavailable)).resolves.toBe('c');
    expect(breaker.state).toBe('closed');
  });

  it('counts quick calls again after a give-up, and a given-up call that ends late is not one of them', async () => {
    const breaker = await recoveringBreaker({ deadlineMs: 900, recoveryConcurrency: 4, closeAfterSuccesses: 2 });
    await expect(breaker.guard(async () => 'quick', unavailable)).resolves.toBe('quick');
    const cold = pending<string>();
    const given = breaker.guard(() => cold.promise, unavailable);
    const outcome = given.then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(900);
    expect(await outcome).toBe('unavailable');
    // Neo4j finishes the given-up call afterwards: its slot is freed but it does not count as quick.
    cold.resolve('late');
    await vi.advanceTimersByTimeAsync(0);
    await expect(breaker.guard(async () => 'quick again', unavailable)).resolves.toBe('quick again');
    expect(breaker.state).toBe('recovering');
    await expect(breaker.guard(async () => 'and again', unavailable)).resolves.toBe('and again');
    expect(breaker.state).toBe('closed');
  });

  it('goes back to open when a failure comes while recovering', async () => {
    const breaker = await recoveringBreaker();
    breaker.trip();
    expect(breaker.state).toBe('open');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(breaker.state).toBe('recovering');
  });

  it('treats a probe that throws as a failed probe', async () => {
    const breaker = new CircuitBreaker({
      probe: async () => {
        throw new Error('refused');
      },
      probeIntervalMs: 300,
    });
    breaker.trip();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(breaker.state).toBe('open');
  });

  it('says whether work started at a moment lived through an incident', async () => {
    const probe = scriptedProbe();
    const breaker = breakerWith(probe);
    const before = Date.now();
    expect(breaker.sawIncidentSince(before)).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    breaker.trip();
    expect(breaker.sawIncidentSince(before)).toBe(true);
    probe.up = true;
    await vi.advanceTimersByTimeAsync(300 + 5_000);
    expect(breaker.state).toBe('closed');
    expect(breaker.sawIncidentSince(before)).toBe(true);
    expect(breaker.sawIncidentSince(Date.now())).toBe(false);
  });

  it('stops probing once stopped', async () => {
    const probe = scriptedProbe();
    const breaker = breakerWith(probe);
    breaker.trip();
    breaker.stop();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probe.calls).toBe(0);
  });

  it('tells its watchers each change of state once, and no more after they stop watching', async () => {
    const probe = scriptedProbe();
    const breaker = breakerWith(probe);
    const seen: string[] = [];
    const stopWatching = breaker.watch((state) => seen.push(state));
    breaker.trip();
    breaker.trip();
    probe.up = true;
    await vi.advanceTimersByTimeAsync(300 + 5_000);
    expect(seen).toEqual(['open', 'recovering', 'closed']);
    stopWatching();
    breaker.trip();
    expect(seen).toHaveLength(3);
  });
});
