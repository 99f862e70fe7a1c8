// The analytics service: reads a scope's projection once on the API thread, has the analytics worker
// (analytics-pool.ts) build its networks and compute, and memoises every answer by data version, scope and date
// (docs/analytics.md, "Caching"). One per database (analyticsFor), shared by every request of the process;
// computations run once even when requests for them overlap.
import { LRUCache } from 'lru-cache';
import { perDatabase, remember, type Held } from '../remember.ts';
import type { Database } from '@siheung/core/db';
import { ANALYTICS_LIMITS, type AnalyticsLimits } from './analytics-limits.ts';
import { runInWorker } from './analytics-pool.ts';
import { scopeKey } from './analytics-scope.ts';
import type {
  HistoryTaskArgs,
  HistoryTaskName,
  HistoryTaskResult,
  SnapshotTaskArgs,
  SnapshotTaskName,
  SnapshotTaskResult,
} from './analytics-tasks.ts';
import type { WorkerRequest } from './analytics-worker.ts';
import { readDataVersion } from '@siheung/core/data-version';
import { PROJECTION_DETAILS, type AnalyticsScope, type Projection, type ProjectionDetail } from './network-model.ts';
import { readProjection } from './read-projection.ts';

/**
 * Whether a caller may start a computation that is not cached yet (a cold one): runs `compute` when admitted (maybe
 * after waiting its turn) or rejects with a typed error. Cached or already running answers never ask.
 */
export interface ColdAdmission {
  run<T>(compute: () => Promise<T>): Promise<T>;
}

/** Every computation admitted at once: for the data tools and benchmarks, which have no callers to keep apart. */
export const ADMIT_ALL: ColdAdmission = Object.freeze({ run: <T>(compute: () => Promise<T>) => compute() });

export interface SnapshotRequest {
  scope: AnalyticsScope;
  asOf: string | null;
  /** The least the computation needs from each link (STRUCTURE for the unweighted metrics). */
  detail: ProjectionDetail;
  /** Who may start what is not cached (default: ADMIT_ALL). */
  admission?: ColdAdmission;
}

let services = 0;

export class AnalyticsService {
  /** Projections, bounded by their organisations + links (kept to send again should the worker lose its copy). */
  private readonly projections: LRUCache<string, Held<Projection>>;
  /** Answers (statistics, rankings, matrices…). */
  private readonly answers: LRUCache<string, Held<unknown>>;
  private version: string | null = null;
  /** Tells this service's entries in the worker from another database's. */
  private readonly owner = `service-${(services += 1)}`;

  constructor(
    private readonly db: Database,
    readonly limits: AnalyticsLimits = ANALYTICS_LIMITS,
  ) {
    this.projections = new LRUCache({ maxSize: limits.cacheMaxElements });
    this.answers = new LRUCache({ max: limits.cacheMaxResults });
  }

  /** The task over the scope's network as of the date, memoised under `name` (which must name all its arguments). */
  async answer<N extends SnapshotTaskName>(
    name: string,
    request: SnapshotRequest,
    task: N,
    ...args: SnapshotTaskArgs<N> extends undefined ? [] : [SnapshotTaskArgs<N>]
  ): Promise<SnapshotTaskResult<N>> {
    const version = await this.currentVersion();
    return remember(this.answers, `${version}|${name}|${scopeKey(request.scope)}|${request.asOf}`, () =>
      (request.admission ?? ADMIT_ALL).run(() => this.runSnapshotTask(version, request, task, args[0])),
    ) as Promise<SnapshotTaskResult<N>>;
  }

  /** The task over the scope's network as of the date, not memoised (for answers too large to keep, e.g. exports). */
  async compute<N extends SnapshotTaskName>(
    request: SnapshotRequest,
    task: N,
    args: SnapshotTaskArgs<N>,
  ): Promise<SnapshotTaskResult<N>> {
    const version = await this.currentVersion();
    return (request.admission ?? ADMIT_ALL).run(() => this.runSnapshotTask(version, request, task, args)) as Promise<
      SnapshotTaskResult<N>
    >;
  }

  /** The task over the scope's whole history (every link with its dates), memoised under `name`. */
  async answerFromHistory<N extends HistoryTaskName>(
    name: string,
    scope: AnalyticsScope,
    task: N,
    args: HistoryTaskArgs<N>,
    admission: ColdAdmission = ADMIT_ALL,
  ): Promise<HistoryTaskResult<N>> {
    const version = await this.currentVersion();
    const request: SnapshotRequest = { scope, asOf: null, detail: 'DETAILS' };
    return remember(this.answers, `${version}|${name}|${scopeKey(scope)}`, () =>
      admission.run(() => this.run(version, request, { kind: 'history', name: task, args })),
    ) as Promise<HistoryTaskResult<N>>;
  }

  /** Reads the data version; when it moved on, everything cached belongs to the past and is dropped. */
  private async currentVersion(): Promise<string> {
    const version = await readDataVersion(this.db);
    if (version !== this.version) {
      this.projections.clear();
      this.answers.clear();
      this.version = version;
    }
    return version;
  }

  private runSnapshotTask(
    version: string,
    request: SnapshotRequest,
    name: SnapshotTaskName,
    args: unknown,
  ): Promise<unknown> {
    return this.run(version, request, { kind: 'snapshot', name, args });
  }

  /**
   * Runs a task in the worker over the richest projection held for the request (any at least as detailed serves).
   * The projection goes along when this service has just read it, or when the worker says it lacks it.
   */
  private async run(version: string, request: SnapshotRequest, task: WorkerRequest['task']): Promise<unknown> {
    const key = (detail: ProjectionDetail): string =>
      `${this.owner}|${version}|${scopeKey(request.scope)}|${request.asOf}|${detail}`;
    const needed = PROJECTION_DETAILS.indexOf(request.detail);
    const held = PROJECTION_DETAILS.slice(needed)
      .reverse()
      .find((detail) => this.projections.has(key(detail)));
    const detail = held ?? request.detail;
    const projection = (): Promise<Projection> =>
      remember(
        this.projections,
        key(detail),
        () => readProjection(this.db, { ...request, detail }),
        (value) => value.organizations.length + value.links.count,
      );
    const message: WorkerRequest = {
      owner: this.owner,
      version,
      projectionKey: key(detail),
      scope: request.scope,
      asOf: request.asOf,
      limits: this.limits,
      task,
    };
    const first = await runInWorker(held ? message : { ...message, projection: await projection() });
    if ('value' in first) return first.value;
    const second = await runInWorker({ ...message, projection: await projection() });
    if ('value' in second) return second.value;
    throw new Error('analytics-service: the worker lacks a projection it was just sent');
  }
}

/** The analytics service of a database (one per database object, so its cache lives as long as the driver). */
export const analyticsFor = perDatabase((db: Database) => new AnalyticsService(db));
