// One worker thread (piscina) for CPU-heavy work the API thread must not run itself: started on first use, replaced by
// piscina when it dies, unreferenced while idle (it never keeps the process alive). Used by the analytics and by the
// matching weight calibration, each with its own thread.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';

/**
 * The worker loads TypeScript like the API thread: through tsx's loader, whatever started the process (tsx, vitest).
 */
function workerExecArgv(): string[] {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return ['--import', tsxLoader];
}

export interface SingleThreadPool<Request, Reply> {
  /** The pool, started on first call. */
  (): Piscina<Request, Reply>;
  /** Stops the worker (scripts, shutdown); the next call starts a new one. */
  close(): Promise<void>;
}

/** A lazily started single-thread pool running `filename`'s default export. */
export function singleThreadPool<Request, Reply>(filename: URL): SingleThreadPool<Request, Reply> {
  let pool: Piscina<Request, Reply> | null = null;
  const get = () => {
    pool ??= new Piscina<Request, Reply>({
      filename: filename.href,
      execArgv: workerExecArgv(),
      minThreads: 1,
      maxThreads: 1,
      // A worker may hold caches (the analytics' networks): it stays until the process ends (unreferenced while idle).
      idleTimeout: Infinity,
    });
    return pool;
  };
  const close = async (): Promise<void> => {
    const closing = pool;
    pool = null;
    await closing?.destroy();
  };
  return Object.assign(get, { close });
}
