// Admission in front of the analytics worker (ANALYTICS_ADMISSION and each role's `coldAnalytics` in
// limits-config.ts). Only computations not cached yet are counted (the analytics service asks only for those): each
// caller (API key, or IP address without one) runs one at a time, the others of that caller waiting in its own line;
// at most `maxQueued` callers compute at once. Past a bound SERVICE_BUSY (503), past the caller's rate of new
// questions RATE_LIMITED (429); both with Retry-After. So one caller can neither fill the worker's queue nor make the
// cache hold whatever it likes.
import { rateLimited, serviceBusy } from '../errors/app-errors.ts';
import { ANALYTICS_ADMISSION, RATE_LIMIT_CLIENTS, type RateLimit } from './limits-config.ts';
import { TokenBuckets } from './token-bucket.ts';

export interface AnalyticsAdmissionOptions {
  maxQueued: number;
  perCaller: number;
  maxWaitingPerCaller: number;
  retryAfterSeconds: number;
}

interface Line {
  running: number;
  readonly waiting: (() => void)[];
}

export class AnalyticsAdmission {
  private readonly options: AnalyticsAdmissionOptions;
  /** Callers with a computation admitted (each holds one place however long its line). */
  private computing = 0;
  private readonly lines = new Map<string, Line>();
  private readonly newQuestions: TokenBuckets;

  constructor(options: Partial<AnalyticsAdmissionOptions> = {}, now: () => number = Date.now) {
    this.options = { ...ANALYTICS_ADMISSION, ...options };
    this.newQuestions = new TokenBuckets(RATE_LIMIT_CLIENTS, now);
  }

  /**
   * What `caller` may start (the analytics service's ColdAdmission); `rate` bounds its new questions per minute (null:
   * not counted).
   */
  forCaller(caller: string, rate: RateLimit | null): { run<T>(compute: () => Promise<T>): Promise<T> } {
    return { run: (compute) => this.run(caller, rate, compute) };
  }

  /** Callers computing now, and computations waiting in their lines (for tests and docs). */
  get load(): { computing: number; waiting: number } {
    let waiting = 0;
    for (const line of this.lines.values()) waiting += line.waiting.length;
    return { computing: this.computing, waiting };
  }

  private async run<T>(caller: string, rate: RateLimit | null, compute: () => Promise<T>): Promise<T> {
    const { maxQueued, perCaller, maxWaitingPerCaller, retryAfterSeconds } = this.options;
    const line = this.lines.get(caller);
    if (line === undefined && this.computing >= maxQueued)
      throw serviceBusy(`The analytics are busy: ${maxQueued} callers are computing`, retryAfterSeconds);
    if (line !== undefined && line.running >= perCaller && line.waiting.length >= maxWaitingPerCaller)
      throw serviceBusy(`${maxWaitingPerCaller} of your analytics questions are already waiting`, retryAfterSeconds);
    if (rate !== null) {
      const taken = this.newQuestions.take(caller, rate);
      if (!taken.allowed)
        throw rateLimited(`More than ${rate.perMinute} new analytics questions a minute`, taken.retryAfterSeconds);
    }
    const own = line ?? this.open(caller);
    // A place is handed over to the next in line as it is: no one arriving in between can take it.
    if (own.running >= perCaller) await new Promise<void>((resolve) => own.waiting.push(resolve));
    else own.running += 1;
    try {
      return await compute();
    } finally {
      const next = own.waiting.shift();
      if (next) next();
      else {
        own.running -= 1;
        if (own.running === 0) this.close(caller);
      }
    }
  }

  private open(caller: string): Line {
    const line: Line = { running: 0, waiting: [] };
    this.lines.set(caller, line);
    this.computing += 1;
    return line;
  }

  private close(caller: string): void {
    this.lines.delete(caller);
    this.computing -= 1;
  }
}
