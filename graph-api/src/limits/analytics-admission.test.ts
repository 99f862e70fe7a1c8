// Analytics admission: one cold computation per caller at a time, a bounded number of callers computing, a bounded
// line per caller, and a rate of new questions per caller (a fake clock).
import { describe, expect, it } from 'vitest';
import { AnalyticsAdmission } from './analytics-admission.ts';

/** A computation the test finishes by hand. */
function pending() {
  let finish: (value: string) => void = () => undefined;
  const promise = new Promise<string>((resolve) => (finish = resolve));
  return { promise, finish, compute: () => promise };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { extensions?: Record<string, unknown> }) => error.extensions,
  );

describe('AnalyticsAdmission', () => {
  it("runs one caller's cold computations one at a time, in order", async () => {
    const admission = new AnalyticsAdmission();
    const caller = admission.forCaller('ip:a', null);
    const [first, second] = [pending(), pending()];
    const started: string[] = [];
    const one = caller.run(() => (started.push('one'), first.compute()));
    const two = caller.run(() => (started.push('two'), second.compute()));
    await tick();
    expect(started).toEqual(['one']);
    expect(admission.load).toEqual({ computing: 1, waiting: 1 });
    first.finish('1');
    await tick();
    expect(started).toEqual(['one', 'two']);
    second.finish('2');
    expect([await one, await two]).toEqual(['1', '2']);
    expect(admission.load).toEqual({ computing: 0, waiting: 0 });
  });

  it('answers SERVICE_BUSY with Retry-After while maxQueued callers compute, and admits once one is done', async () => {
    const admission = new AnalyticsAdmission({ maxQueued: 2, retryAfterSeconds: 7 });
    const [a, b] = [pending(), pending()];
    const running = [
      admission.forCaller('ip:a', null).run(a.compute),
      admission.forCaller('ip:b', null).run(b.compute),
    ];
    expect(await codeOf(admission.forCaller('ip:c', null).run(async () => 'c'))).toMatchObject({
      code: 'SERVICE_BUSY',
      retryAfter: 7,
      http: { status: 503, headers: { 'Retry-After': '7' } },
    });
    a.finish('a');
    await running[0];
    expect(await admission.forCaller('ip:c', null).run(async () => 'c')).toBe('c');
    b.finish('b');
    await running[1];
  });

  it("bounds one caller's line; other callers are not affected", async () => {
    const admission = new AnalyticsAdmission({ maxWaitingPerCaller: 1 });
    const caller = admission.forCaller('key:k', null);
    const first = pending();
    const one = caller.run(first.compute);
    const two = caller.run(async () => 'two');
    expect(await codeOf(caller.run(async () => 'three'))).toMatchObject({ code: 'SERVICE_BUSY' });
    expect(await admission.forCaller('key:other', null).run(async () => 'other')).toBe('other');
    first.finish('one');
    expect([await one, await two]).toEqual(['one', 'two']);
  });

  it('refuses new questions past the rate with RATE_LIMITED until the bucket refills', async () => {
    let now = 0;
    const admission = new AnalyticsAdmission({}, () => now);
    const caller = admission.forCaller('ip:a', { burst: 2, perMinute: 6 });
    expect(await caller.run(async () => 1)).toBe(1);
    expect(await caller.run(async () => 2)).toBe(2);
    expect(await codeOf(caller.run(async () => 3))).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 10 });
    now += 10_000;
    expect(await caller.run(async () => 4)).toBe(4);
  });
});
