// The analytics worker thread of the process (piscina, one thread): started on first use, replaced by piscina when it
// dies, idle workers do not keep the process alive. Typed errors thrown inside come back as the same AppError.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { AppError } from '../errors/app-errors.ts';
import type { WorkerReply, WorkerRequest } from './analytics-worker.ts';

/** The worker loads TypeScript like the API thread: through tsx's loader, whatever started the process (tsx, vitest). */
function workerExecArgv(): string[] {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return ['--import', tsxLoader];
}

let pool: Piscina<WorkerRequest, WorkerReply> | null = null;

export function analyticsPool(): Piscina<WorkerRequest, WorkerReply> {
  pool ??= new Piscina<WorkerRequest, WorkerReply>({
    filename: new URL('./analytics-worker.ts', import.meta.url).href,
    execArgv: workerExecArgv(),
    minThreads: 1,
    maxThreads: 1,
    // The worker holds the cached networks: it stays until the process ends (unreferenced while idle).
    idleTimeout: Infinity,
  });
  return pool;
}

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

/** Stops the worker (tests, shutdown); the next task starts a new one. */
export async function closeAnalyticsPool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}
