// Every abuse limit of the API in one place, per role: query shape (depth, cost, aliases, directives, tokens,
// operations), request rate, introspection and string lengths; and failed authentications per address.
// docs/limits.md explains each value.
import type { Role } from '../auth/actor.ts';
import type { AppConfig } from '../config/load-config.ts';

/** The shape of one GraphQL document; at a value a query passes, one past it gets QUERY_TOO_COMPLEX. */
export interface QueryLimits {
  /**
   * Nesting of selection sets (fragments count as if written inline); introspection's own nesting is left to
   * graphql-js.
   */
  readonly depth: number;
  /**
   * Budget of the cost model (query-cost.ts), checked with the variables before anything runs: the most objects the
   * answer can hold (each list at its bound) plus COMPUTATION_COST per analytics computation it may start.
   */
  readonly cost: number;
  /**
   * Analytics, matching and path computations one operation may start (query-computations.ts): a caller's cold
   * analytics run one after another (the analytics admission), so this bounds how long one request waits for them.
   */
  readonly computations: number;
  /** Aliased fields (`a: organizations`), counted through fragments. */
  readonly aliases: number;
  /** Directives (`@include`, `@skip`, …), counted through fragments. */
  readonly directives: number;
  /** Lexical tokens of the whole document (every operation and fragment; comments do not count). */
  readonly tokens: number;
  /** Operations defined in one document (only one runs per request). */
  readonly operations: number;
}

/** A token bucket: `burst` requests at once, refilled at `perMinute`. */
export interface RateLimit {
  readonly burst: number;
  readonly perMinute: number;
}

/** Guards on a request while it executes (use-run-guards.ts). */
export interface RunLimits {
  /** Wall-clock budget of one operation's execution; past it the answer is a typed error and its Neo4j work stops. */
  readonly wallClockMs: number;
  /** Largest answer (JSON bytes) sent; a larger one is replaced by RESPONSE_TOO_LARGE. */
  readonly responseBytes: number;
}

export interface RoleLimits {
  readonly query: QueryLimits;
  readonly rate: RateLimit;
  readonly run: RunLimits;
  /** Distinct analytics questions not yet cached (cold cache keys) one caller may start, per minute. */
  readonly coldAnalytics: RateLimit;
  /** `always`, or only outside production mode (anonymous callers must not map the schema of a live system). */
  readonly introspection: 'always' | 'not-in-production';
}

export const LIMITS: Readonly<Record<Role, RoleLimits>> = Object.freeze({
  public: {
    query: { depth: 10, cost: 40_000, computations: 2, aliases: 15, directives: 20, tokens: 2_000, operations: 5 },
    rate: { burst: 60, perMinute: 120 },
    run: { wallClockMs: 20_000, responseBytes: 5_000_000 },
    coldAnalytics: { burst: 30, perMinute: 30 },
    introspection: 'not-in-production',
  },
  researcher: {
    query: { depth: 14, cost: 100_000, computations: 2, aliases: 30, directives: 40, tokens: 5_000, operations: 10 },
    rate: { burst: 120, perMinute: 600 },
    run: { wallClockMs: 30_000, responseBytes: 10_000_000 },
    coldAnalytics: { burst: 60, perMinute: 60 },
    introspection: 'always',
  },
  staff: {
    query: { depth: 14, cost: 100_000, computations: 2, aliases: 50, directives: 50, tokens: 8_000, operations: 10 },
    rate: { burst: 240, perMinute: 1_200 },
    run: { wallClockMs: 30_000, responseBytes: 10_000_000 },
    coldAnalytics: { burst: 60, perMinute: 60 },
    introspection: 'always',
  },
  admin: {
    query: { depth: 14, cost: 1_000_000, computations: 2, aliases: 50, directives: 50, tokens: 8_000, operations: 10 },
    rate: { burst: 240, perMinute: 1_200 },
    run: { wallClockMs: 30_000, responseBytes: 10_000_000 },
    coldAnalytics: { burst: 60, perMinute: 60 },
    introspection: 'always',
  },
});

/**
 * Objects one analytics or matching computation is priced at in the cost model, whether or not its answer is cached:
 * the explorer's longest trend (80 yearly periods) must fit the public budget.
 */
export const COMPUTATION_COST = 250;

/** Longest string any argument (or input field) may carry; arguments with tighter rules check those themselves. */
export const STRING_LIMITS = Object.freeze({ string: 10_000, id: 1_000 });

/** The parser stops here whoever asks, so no document is ever lexed to its end only to be refused by role. */
export const PARSER_MAX_TOKENS = Math.max(...Object.values(LIMITS).map((limits) => limits.query.tokens));

/**
 * Failed authentications (a malformed, unknown or revoked key) per client IP address. Authentication runs before the
 * request limits and costs a database look-up per key, so this is checked first: past it, any request with a key
 * from that address answers 429 without a look-up (a good key cannot be told from a bad one without it); requests
 * without a key are not counted here. Why these numbers: a person with a mistyped or revoked key fails a few times
 * and stops (the explorer opens its key setting at the first 401), so 10 at once leaves room for that; afterwards
 * one every 6 s holds a flood to ~10 look-ups a minute per address, a twelfth of the public request rate. It bounds
 * load, not guessing: a 256-bit secret cannot be guessed at any rate.
 */
export const FAILED_AUTHENTICATION_RATE: RateLimit = Object.freeze({ burst: 10, perMinute: 10 });

/** GraphQL operations executing at once in one process; more wait their turn (use-execution-queue.ts). */
export const EXECUTION_CONCURRENCY = 16;

/**
 * How long and how many operations may wait for one of the EXECUTION_CONCURRENCY places; past either, SERVICE_BUSY
 * (503, Retry-After): a queue without bound let one caller line up minutes of work ahead of everyone.
 */
export const EXECUTION_QUEUE = Object.freeze({ maxWaiting: 200, maxWaitMs: 5_000, retryAfterSeconds: 2 });

/**
 * Admission in front of the analytics worker (one thread): only questions not yet cached (cold) are counted; a cached
 * or already computing question is answered from the cache. `maxQueued`: cold computations admitted at once (running
 * or waiting for the worker), whoever asked; `perCaller`: one caller's at once (the others of that caller wait in
 * line behind it, up to `maxWaitingPerCaller`). Past either bound SERVICE_BUSY (503); past a role's
 * `coldAnalytics` rate RATE_LIMITED (429); both with Retry-After.
 */
export const ANALYTICS_ADMISSION = Object.freeze({
  maxQueued: 8,
  perCaller: 1,
  maxWaitingPerCaller: 16,
  retryAfterSeconds: 5,
});

/** Clients the rate limiter remembers at once (least recently seen are forgotten first). */
export const RATE_LIMIT_CLIENTS = 10_000;

export function limitsFor(role: Role): RoleLimits {
  return LIMITS[role];
}

export function introspectionAllowed(role: Role, mode: AppConfig['mode']): boolean {
  return limitsFor(role).introspection === 'always' || mode !== 'production';
}
