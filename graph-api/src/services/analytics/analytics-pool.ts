// The analytics worker thread of the process (piscina, one thread): started on first use, replaced by piscina when it
// dies, idle workers do not keep the process alive. Typed errors thrown inside come back as the same AppError.
import { AppError } from '../../errors/app-errors.ts';
import { singleThreadPool } from '../single-thread-pool.ts';
import type { WorkerReply, WorkerRequest } from './analytics-worker.ts';

/** The worker holds the cached networks: it stays until the process ends. */
export const analyticsPool = singleThreadPool<WorkerRequest, WorkerReply>(
  new URL('./analytics-worker.ts', import.meta.url),
);

/** A failure of the worker itself (not of the request): masked from callers like any unexpected error. */
export class AnalyticsWorkerError extends Error {
  constructor(cause: unknown) {
    super(`analytics-worker: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'AnalyticsWorkerError';
  }
}

/** The task's value, `missing` when the worker lacks the projection; a typed failure is thrown as its AppError. */
export async function runInWorker(request: WorkerRequest): Promise<{ value: unknown } | { missing: true }> {
  let reply: WorkerReply;
  try {
    reply = await analyticsPool().run(request);
  } catch (error) {
    throw new AnalyticsWorkerError(error);
  }
  if ('failure' in reply) {
    const { code, message, extensions } = reply.failure;
    const { code: _code, http: _http, ...extra } = extensions;
    throw new AppError(code, message, extra);
  }
  return reply;
}
