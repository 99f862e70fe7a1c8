// The analytics worker thread (run by piscina, see analytics-pool.ts): keeps the projections the API thread read and
// the networks built from them, and runs the named computations (analytics-tasks.ts) over them, so a long
// computation never holds up the API's event loop.
import { LRUCache } from 'lru-cache';
import { AppError, type ErrorCode } from '../../errors/app-errors.ts';
import { ANALYTICS_LIMITS, type AnalyticsLimits } from './analytics-limits.ts';
import { HISTORY_TASKS, SNAPSHOT_TASKS, type HistoryTaskName, type SnapshotTaskName } from './analytics-tasks.ts';
import { buildSnapshot } from './build-snapshot.ts';
import type { AnalyticsScope, NetworkSnapshot, Projection } from './network-model.ts';

export interface WorkerRequest {
  /** The service that sent it, and the data version it read at: entries of an older version are dropped. */
  owner: string;
  version: string;
  /** Names the projection (owner, version, scope, date, detail): the worker caches it, and its networks, by it. */
  projectionKey: string;
  /** Sent when the worker may not hold it (first use, or after it answered `missing`). */
  projection?: Projection;
  scope: AnalyticsScope;
  /** The date of the network a snapshot task runs on. */
  asOf: string | null;
  limits: AnalyticsLimits;
  task:
    | { kind: 'snapshot'; name: SnapshotTaskName; args: unknown }
    | { kind: 'history'; name: HistoryTaskName; args: unknown };
}

/** A typed error thrown by a task, carried across as data (a GraphQLError does not survive structured cloning). */
export interface WorkerFailure {
  code: ErrorCode;
  message: string;
  extensions: Record<string, unknown>;
}

export type WorkerReply = { value: unknown } | { missing: true } | { failure: WorkerFailure };

interface HeldSnapshot {
  snapshot: NetworkSnapshot;
  memo: Map<string, unknown>;
}

const projections = new LRUCache<string, Projection>({
  maxSize: ANALYTICS_LIMITS.cacheMaxElements,
  sizeCalculation: (projection) => Math.max(1, projection.organizations.length + projection.links.count),
});
const snapshots = new LRUCache<string, HeldSnapshot>({
  maxSize: ANALYTICS_LIMITS.cacheMaxElements,
  sizeCalculation: ({ snapshot }) => Math.max(1, snapshot.graph.order + snapshot.graph.size),
});
const versions = new Map<string, string>();

/** A service's data moved on: what it cached before belongs to the past. */
function forgetOlder(owner: string, version: string): void {
  if (versions.get(owner) === version) return;
  versions.set(owner, version);
  for (const cache of [projections, snapshots] as LRUCache<string, object>[]) {
    for (const key of [...cache.keys()]) if (key.startsWith(`${owner}|`)) cache.delete(key);
  }
}

function snapshotFor(request: WorkerRequest, projection: Projection): HeldSnapshot {
  const key = `${request.projectionKey}|at|${request.asOf}`;
  let held = snapshots.get(key);
  if (!held) {
    held = { snapshot: buildSnapshot(projection, request.scope, request.asOf), memo: new Map() };
    snapshots.set(key, held);
  }
  return held;
}

function runTask(request: WorkerRequest, projection: Projection): unknown {
  const { task, limits } = request;
  if (task.kind === 'history') return HISTORY_TASKS[task.name](projection, request.scope, limits, task.args as never);
  const { snapshot, memo } = snapshotFor(request, projection);
  const remember = <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  };
  const run = SNAPSHOT_TASKS[task.name] as (context: unknown, args: unknown) => unknown;
  return run({ snapshot, limits, memo: remember }, task.args);
}

/** piscina calls this for each task; anything but a typed error is thrown and reaches the API thread as a plain one. */
export default function analyticsWorker(request: WorkerRequest): WorkerReply {
  forgetOlder(request.owner, request.version);
  if (request.projection) projections.set(request.projectionKey, request.projection);
  const projection = projections.get(request.projectionKey);
  if (!projection) return { missing: true };
  try {
    return { value: runTask(request, projection) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      failure: {
        code: error.extensions.code as ErrorCode,
        message: error.message,
        extensions: { ...error.extensions },
      },
    };
  }
}
