// Circuit breaker for Neo4j: after a connection failure requests fail at once while one background probe waits for the
// database.
/**
 * States: `closed` (healthy), `open` (down: callers fail at once, a probe runs every `probeIntervalMs`) and
 * `recovering` (the probe succeeded: a few calls at once go through again, and one that has not answered within
 * `deadlineMs` is given up, because a database that has just come back may accept connections before it answers).
 * Recovering closes once Neo4j keeps up: after `closeAfterSuccesses` calls in a row answered within the deadline, or
 * after `recoveryWindowMs` without a give-up when there is too little traffic to count on; a give-up starts both anew.
 *
 * A Neo4j that has just restarted plans every statement anew in a JVM whose JIT is cold: on a busy machine the first
 * calls take seconds. Those are given up (the caller gets its answer in time) but hold their slot until Neo4j is done
 * with them, so that work is done once and the calls after them are quick; closing on quick calls in a row rather than
 * on a quiet window means recovery ends as soon as they are.
 *
 * Hand-written rather than opossum: opossum opens on an error percentage over a rolling window and half-opens by
 * letting a real request through; here one connection failure is enough and only a background probe may touch the
 * database while it is down.
 */
export type CircuitState = 'closed' | 'open' | 'recovering';

export interface CircuitBreakerOptions {
  /** Resolves true when the database answers; must settle on its own within a short timeout. */
  probe: () => Promise<boolean>;
  probeIntervalMs?: number;
  recoveryWindowMs?: number;
  deadlineMs?: number;
  /** Most database calls let through at once while recovering; the rest are refused at once. */
  recoveryConcurrency?: number;
  /** Calls in a row answered within the deadline that close the circuit while recovering. */
  closeAfterSuccesses?: number;
  now?: () => number;
}

export class CircuitBreaker {
  private current: CircuitState = 'closed';
  /** When the breaker was last fully healthy from; a request started before it lived through an incident. */
  private healthySince = Number.NEGATIVE_INFINITY;
  private readonly onOpen = new Set<() => void>();
  private readonly onChange = new Set<(state: CircuitState) => void>();
  private probeTimer: ReturnType<typeof setTimeout> | undefined;
  private recoveryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private readonly probeIntervalMs: number;
  private readonly recoveryWindowMs: number;
  private readonly deadlineMs: number;
  private readonly recoveryConcurrency: number;
  private readonly closeAfterSuccesses: number;
  /** Calls admitted while recovering that have not settled yet. */
  private admittedWhileRecovering = 0;
  /** Admitted calls answered within the deadline since recovering began or since the last give-up. */
  private successesInRow = 0;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.probeIntervalMs = options.probeIntervalMs ?? 300;
    this.recoveryWindowMs = options.recoveryWindowMs ?? 5_000;
    this.deadlineMs = options.deadlineMs ?? 1_800;
    this.recoveryConcurrency = options.recoveryConcurrency ?? 8;
    this.closeAfterSuccesses = options.closeAfterSuccesses ?? 2 * this.recoveryConcurrency;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    return this.current;
  }

  /** A connection-class failure was seen: open the circuit (once) and start probing. */
  trip(): void {
    if (this.stopped) return;
    clearTimeout(this.recoveryTimer);
    this.healthySince = Number.POSITIVE_INFINITY;
    if (this.current === 'open') return;
    this.current = 'open';
    for (const listener of [...this.onOpen]) listener();
    this.announce();
    this.scheduleProbe();
  }

  /** Calls `listener` with the new state at every change (an operator's log); returns how to stop. */
  watch(listener: (state: CircuitState) => void): () => void {
    this.onChange.add(listener);
    return () => this.onChange.delete(listener);
  }

  /**
   * True when the circuit was open or recovering at some moment since `startedAt` (e.g. a timeout then is the
   * outage's).
   */
  sawIncidentSince(startedAt: number): boolean {
    return this.current !== 'closed' || this.healthySince > startedAt;
  }

  /**
   * Runs `operation` unless the circuit is open; gives it up with `unavailable()` when the circuit opens while it
   * runs, or when it has not answered within the deadline while the circuit is not closed. Healthy long work is
   * never cut short.
   */
  guard<T>(operation: () => Promise<T>, unavailable: () => Error): Promise<T> {
    if (this.current === 'open') return Promise.reject(unavailable());
    // A Neo4j that has just come back answers a few calls quickly but a hundred at once slowly (cold caches, two
    // cores): letting them all through would give every one up at the deadline and recovery would never finish.
    const admitted = this.current === 'recovering';
    if (admitted) {
      if (this.admittedWhileRecovering >= this.recoveryConcurrency) return Promise.reject(unavailable());
      this.admittedWhileRecovering += 1;
    }
    return new Promise<T>((resolve, reject) => {
      const giveUp = () => finish(() => reject(unavailable()));
      const deadline = setTimeout(() => {
        if (this.current === 'closed') return;
        giveUp();
        // Still too slow to answer: closing now would let the next requests wait without a deadline.
        if (this.current === 'recovering') this.startRecoveryWindow();
      }, this.deadlineMs);
      let settled = false;
      const finish = (settle: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        this.onOpen.delete(giveUp);
        settle();
      };
      this.onOpen.add(giveUp);
      // The slot is freed when Neo4j is done with the call, not when the caller was given up on.
      const release = () => {
        if (admitted) this.admittedWhileRecovering -= 1;
      };
      operation().then(
        (value) => {
          release();
          if (admitted && !settled && this.current === 'recovering') this.recordSuccess();
          finish(() => resolve(value));
        },
        (error: unknown) => {
          release();
          finish(() => reject(error));
        },
      );
    });
  }

  /** Stops probing (the database handle is closing). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.probeTimer);
    clearTimeout(this.recoveryTimer);
  }

  private scheduleProbe(): void {
    clearTimeout(this.probeTimer);
    this.probeTimer = setTimeout(() => void this.runProbe(), this.probeIntervalMs);
    this.probeTimer.unref?.();
  }

  private async runProbe(): Promise<void> {
    const up = await this.options.probe().catch(() => false);
    if (this.stopped || this.current !== 'open') return;
    if (!up) return this.scheduleProbe();
    this.current = 'recovering';
    this.announce();
    this.startRecoveryWindow();
  }

  /** Closes the circuit after `recoveryWindowMs` in which no request was given up. */
  private startRecoveryWindow(): void {
    this.successesInRow = 0;
    clearTimeout(this.recoveryTimer);
    this.recoveryTimer = setTimeout(() => this.close(), this.recoveryWindowMs);
    this.recoveryTimer.unref?.();
  }

  private recordSuccess(): void {
    this.successesInRow += 1;
    if (this.successesInRow >= this.closeAfterSuccesses) this.close();
  }

  private close(): void {
    clearTimeout(this.recoveryTimer);
    if (this.current === 'closed') return;
    this.current = 'closed';
    this.healthySince = this.now();
    this.announce();
  }

  private announce(): void {
    for (const listener of [...this.onChange]) listener(this.current);
  }
}
