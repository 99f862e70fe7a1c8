// Request failures as log lines: the first of a kind in full, then, while it repeats, one line a second with a count,
// so an outage under load leaves a few lines instead of one per refused request.
import type { Logger } from './create-logger.ts';

export interface RequestFailure {
  requestId: string;
  /** The GraphQL operation's name; null when anonymous or not GraphQL. */
  operation: string | null;
  /** The error code answered (errors[].extensions.code); null when the answer had none (e.g. a 404). */
  code: string | null;
  role: string;
  durationMs: number;
  method: string;
  /** The URL's path, without the query string. */
  path: string;
  status: number;
  /** Where in the GraphQL answer the error is (e.g. `organizations.edges.0.node.hub`). */
  field: string | null;
  /** What an unexpected error (INTERNAL_SERVER_ERROR) masked; logged with its stack and causes. */
  cause: Error | null;
}

type Level = 'error' | 'warn' | 'info';

/** Failures of one kind seen since its last line. */
interface Repeats {
  count: number;
  since: number;
  maxDurationMs: number;
  lastRequestId: string;
}

/** Unexpected errors are the operator's to fix; an unavailable Neo4j theirs to watch; the rest the callers'. */
function levelOf(failure: RequestFailure): Level {
  if (failure.cause !== null || failure.code === 'INTERNAL_SERVER_ERROR') return 'error';
  if (failure.status >= 500 || failure.code === 'DATABASE_UNAVAILABLE' || failure.code === 'QUERY_TOO_COMPLEX')
    return 'warn';
  return 'info';
}

/** Failures are alike when everything but the request id and the duration is the same. */
function kindOf(failure: RequestFailure): string {
  const { code, operation, role, method, path, status, field, cause } = failure;
  return JSON.stringify([code, operation, role, method, path, status, field, cause?.name, cause?.message]);
}

/** What failures of one kind have in common. */
function kindFields(failure: RequestFailure) {
  return {
    operation: failure.operation,
    code: failure.code,
    role: failure.role,
    method: failure.method,
    path: failure.path,
    status: failure.status,
    ...(failure.field === null ? {} : { field: failure.field }),
  };
}

export class FailureLog {
  private readonly repeating = new Map<string, { failure: RequestFailure; repeats: Repeats }>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  record(failure: RequestFailure): void {
    const kind = kindOf(failure);
    const seen = this.repeating.get(kind);
    if (seen) {
      seen.repeats.count += 1;
      seen.repeats.maxDurationMs = Math.max(seen.repeats.maxDurationMs, failure.durationMs);
      seen.repeats.lastRequestId = failure.requestId;
      return;
    }
    this.repeating.set(kind, {
      failure,
      repeats: { count: 0, since: this.now(), maxDurationMs: 0, lastRequestId: '' },
    });
    const fields = { requestId: failure.requestId, ...kindFields(failure), durationMs: failure.durationMs };
    this.logger[levelOf(failure)](failure.cause ? { ...fields, err: failure.cause } : fields, 'request failed');
    if (this.timer === undefined) {
      this.timer = setInterval(() => this.flush(), this.intervalMs);
      this.timer.unref?.();
    }
  }

  /**
   * Writes one line per kind that repeated since its last line; a kind that did not is forgotten, so its next failure
   * is logged in full again. Runs every interval, and on shutdown.
   */
  flush(): void {
    const now = this.now();
    for (const [kind, { failure, repeats }] of this.repeating) {
      if (repeats.count === 0) {
        this.repeating.delete(kind);
        continue;
      }
      this.logger[levelOf(failure)](
        {
          ...kindFields(failure),
          count: repeats.count,
          intervalMs: now - repeats.since,
          maxDurationMs: repeats.maxDurationMs,
          lastRequestId: repeats.lastRequestId,
        },
        'request failed (repeated)',
      );
      Object.assign(repeats, { count: 0, since: now, maxDurationMs: 0 });
    }
    if (this.repeating.size === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
