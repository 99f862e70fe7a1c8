// Wall time of each phase of a run (Neo4j starts, suites, the explorer), logged as it ends and printed with the table,
// so a slow run says where its minutes went. Phases may overlap (a Neo4j starting while a suite runs).

export interface PhaseTiming {
  name: string;
  /** Seconds from the start of the run. */
  startS: number;
  seconds: number;
}

const runStarted = performance.now();
const timings: PhaseTiming[] = [];
let logLine: (line: string) => void = () => undefined;

/** Where the "phase done" lines go (the runner's log; silent until set, e.g. in load-graph.ts). */
export function logPhasesTo(log: (line: string) => void): void {
  logLine = log;
}

/** Seconds since the run started. */
export const runSeconds = (): number => (performance.now() - runStarted) / 1000;

/** Runs `work` as the phase `name`; its time is recorded whether it succeeds or fails. */
export async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const startS = runSeconds();
  try {
    return await work();
  } finally {
    const seconds = runSeconds() - startS;
    timings.push({ name, startS, seconds });
    logLine(`bench: [${runSeconds().toFixed(0)} s] ${name}: ${seconds.toFixed(1)} s`);
  }
}

/** The phases so far, in the order they started. */
export function phaseTimings(): PhaseTiming[] {
  return [...timings].sort((a, b) => a.startS - b.startS);
}

/** One line per phase: start offset, duration, name. */
export function formatPhases(list: readonly PhaseTiming[]): string {
  const lines = ['| phase | started at | took |', '|---|---|---|'];
  for (const timing of list)
    lines.push(`| ${timing.name} | ${timing.startS.toFixed(0)} s | ${timing.seconds.toFixed(1)} s |`);
  return lines.join('\n');
}
