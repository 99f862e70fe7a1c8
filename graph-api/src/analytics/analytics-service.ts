// The analytics service: reads a scope's projection once, builds graphs as of dates, and memoises every answer
// by data version, scope and date (docs/analytics.md, "Caching"). One per database (analyticsFor), shared by
// every request of the process; computations run once even when requests for them overlap.
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/index.ts';
import { ANALYTICS_LIMITS, type AnalyticsLimits } from './analytics-limits.ts';
import { scopeKey } from './analytics-scope.ts';
import { buildSnapshot } from './build-snapshot.ts';
import { readDataVersion } from './data-version.ts';
import { PROJECTION_DETAILS, type AnalyticsScope, type NetworkSnapshot, type Projection, type ProjectionDetail } from './network-model.ts';
import { readProjection } from './read-projection.ts';

export interface SnapshotRequest {
  scope: AnalyticsScope;
  asOf: string | null;
  /** The least the computation needs from each link (STRUCTURE for the unweighted metrics). */
  detail: ProjectionDetail;
}

interface Held<T> {
  promise: Promise<T>;
}

const sizeOf = (value: Projection | NetworkSnapshot): number =>
  'graph' in value ? value.graph.order + value.graph.size : value.organizations.length + value.links.count;

export class AnalyticsService {
  /** Projections and graphs, bounded by their organisations + links. */
  private readonly graphs: LRUCache<string, Held<Projection | NetworkSnapshot>>;
  /** Answers (statistics, rankings, matrices…). */
  private readonly answers: LRUCache<string, Held<unknown>>;
  private version: string | null = null;

  constructor(
    private readonly db: Database,
    readonly limits: AnalyticsLimits = ANALYTICS_LIMITS,
  ) {
    this.graphs = new LRUCache({ maxSize: limits.cacheMaxElements });
    this.answers = new LRUCache({ max: limits.cacheMaxResults });
  }

  /** `work` over the scope's network as of the date, memoised under `name` (which must name all other inputs). */
  async answer<T>(name: string, request: SnapshotRequest, work: (snapshot: NetworkSnapshot) => T): Promise<T> {
    const version = await this.currentVersion();
    return this.remember(this.answers, `${version}|${name}|${scopeKey(request.scope)}|${request.asOf}`, async () =>
      work(await this.snapshotAt(version, request)),
    ) as Promise<T>;
  }

  /** `work` over the scope's whole history (every link with its dates), memoised under `name`. */
  async answerFromHistory<T>(name: string, scope: AnalyticsScope, work: (projection: Projection) => T): Promise<T> {
    const version = await this.currentVersion();
    return this.remember(this.answers, `${version}|${name}|${scopeKey(scope)}`, async () =>
      work(await this.projectionAt(version, { scope, asOf: null, detail: 'DETAILS' })),
    ) as Promise<T>;
  }

  /** The scope's network as of the date (cached like the answers). */
  async snapshot(request: SnapshotRequest): Promise<NetworkSnapshot> {
    return this.snapshotAt(await this.currentVersion(), request);
  }

  /** Reads the data version; when it moved on, everything cached belongs to the past and is dropped. */
  private async currentVersion(): Promise<string> {
    const version = await readDataVersion(this.db);
    if (version !== this.version) {
      this.graphs.clear();
      this.answers.clear();
      this.version = version;
    }
    return version;
  }

  private snapshotAt(version: string, request: SnapshotRequest): Promise<NetworkSnapshot> {
    return this.richest('snapshot', version, request, async (detail) =>
      buildSnapshot(await this.projectionAt(version, { ...request, detail }), request.scope, request.asOf),
    ) as Promise<NetworkSnapshot>;
  }

  private projectionAt(version: string, request: SnapshotRequest): Promise<Projection> {
    return this.richest('projection', version, request, (detail) => readProjection(this.db, { ...request, detail })) as Promise<Projection>;
  }

  /** A cached entry holding at least the detail needed (a richer one serves too), else a new one at that detail. */
  private richest(
    kind: string, version: string, request: SnapshotRequest, create: (detail: ProjectionDetail) => Promise<Projection | NetworkSnapshot>,
  ): Promise<Projection | NetworkSnapshot> {
    const key = (detail: ProjectionDetail): string => `${version}|${kind}|${scopeKey(request.scope)}|${request.asOf}|${detail}`;
    const needed = PROJECTION_DETAILS.indexOf(request.detail);
    for (const detail of PROJECTION_DETAILS.slice(needed).reverse()) {
      const held = this.graphs.get(key(detail));
      if (held) return held.promise;
    }
    return this.remember(this.graphs, key(request.detail), () => create(request.detail), sizeOf);
  }

  private remember<T extends object | unknown>(
    cache: LRUCache<string, Held<T>>, key: string, compute: () => Promise<T>, size?: (value: T) => number,
  ): Promise<T> {
    const existing = cache.get(key);
    if (existing) return existing.promise;
    const held: Held<T> = { promise: compute() };
    cache.set(key, held, size ? { size: 1 } : {});
    held.promise.then(
      (value) => {
        // Re-entered with its real size once known (an entry still computing counts as 1).
        if (size && cache.peek(key) === held) cache.set(key, held, { size: Math.max(1, size(value)) });
      },
      () => {
        if (cache.peek(key) === held) cache.delete(key);
      },
    );
    return held.promise;
  }
}

const services = new WeakMap<Database, AnalyticsService>();

/** The analytics service of a database (one per database object, so its cache lives as long as the driver). */
export function analyticsFor(db: Database): AnalyticsService {
  let service = services.get(db);
  if (!service) {
    service = new AnalyticsService(db);
    services.set(db, service);
  }
  return service;
}
