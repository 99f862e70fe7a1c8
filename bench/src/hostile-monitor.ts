// The watcher beside the hostile suite at scale (hostile-at-scale.ts), in a process of its own (forked, options as
// JSON in its argument) so that the suite's own work (reading and parsing answers of megabytes) never delays it: a
// probe GET /healthz every 100 ms (one at a time, the next 100 ms after the last one started, or at once when it took
// longer), and the API process's resident memory (VmRSS in /proc/<pid>/status) every 100 ms. Sends everything it
// recorded over the IPC channel when told to stop ('stop'), then exits.
import { readFileSync } from 'node:fs';
import { parseVmRss } from './hostile-verdict.ts';

export interface MonitorOptions {
  /** The API's base URL (`http://127.0.0.1:<port>`). */
  url: string;
  /** The API's process id (the Node process running graph-api/src/main.ts). */
  pid: number;
  intervalMs: number;
}

export interface ProbeSample {
  /** Epoch milliseconds when the probe was sent. */
  at: number;
  ms: number;
  /** HTTP 200 with `{ "status": "ok" }`. */
  ok: boolean;
  failure?: string;
}

export interface RssSample {
  at: number;
  bytes: number;
}

export interface MonitorReport {
  probes: ProbeSample[];
  rss: RssSample[];
}

const PROBE_TIMEOUT_MS = 10_000;
const options = JSON.parse(process.argv[2] ?? '{}') as MonitorOptions;
const report: MonitorReport = { probes: [], rss: [] };
let stopping = false;
const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function probeOnce(): Promise<void> {
  const at = now();
  const started = performance.now();
  try {
    const response = await fetch(`${options.url}/healthz`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    const body = (await response.json()) as { status?: unknown };
    const ok = response.status === 200 && body.status === 'ok';
    report.probes.push({
      at,
      ms: performance.now() - started,
      ok,
      ...(ok ? {} : { failure: `HTTP ${response.status}` }),
    });
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    report.probes.push({ at, ms: performance.now() - started, ok: false, failure });
  }
}

async function probeLoop(): Promise<void> {
  while (!stopping) {
    const started = performance.now();
    await probeOnce();
    await sleep(Math.max(0, options.intervalMs - (performance.now() - started)));
  }
}

function sampleRss(): void {
  try {
    const bytes = parseVmRss(readFileSync(`/proc/${options.pid}/status`, 'utf8'));
    if (bytes !== null) report.rss.push({ at: now(), bytes });
  } catch {
    // The process is gone: the suite notices on its next request.
  }
}

const sampler = setInterval(sampleRss, options.intervalMs);
sampleRss();
const probing = probeLoop();

process.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  stopping = true;
  clearInterval(sampler);
  void probing.then(() => process.send!(report, () => process.exit(0)));
});
// Orphaned (the suite died): stop too.
process.on('disconnect', () => process.exit(0));
