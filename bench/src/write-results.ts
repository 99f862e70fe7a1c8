// bench/RESULTS.md (conditions, the ratio table, analytics and explorer figures) and the raw JSON of the run.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyticsResult } from './analytics-timings.ts';
import { formatPhases, type PhaseTiming } from './bench-phases.ts';
import { RESULTS_DIR, RESULTS_MD } from './bench-paths.ts';
import type { ExplorerResult } from './explorer-draw.ts';
import { describeConditions, type Conditions } from './machine-info.ts';
import { formatRatioTable, ms, type RatioRow } from './ratio-table.ts';

export interface BenchRun {
  mode: 'quick' | 'full';
  startedAt: string;
  seconds: number;
  conditions: Conditions;
  /** 1-, 5- and 15-minute load averages when the run started and ended (the machine is shared). */
  loadAverage: { start: number[]; end: number[] };
  /** How this run measures less than the full run (bench-plan.ts `reductions`); empty for a full run. */
  reductions: string[];
  /** Wall time of each phase (Neo4j starts, suites, the explorer). */
  phases: PhaseTiming[];
  rows: RatioRow[];
  analytics: Array<{ graph: string } & AnalyticsResult>;
  explorer: ExplorerResult[];
  /** Everything measured, per suite and size (summaries with sample counts). */
  details: Record<string, unknown>;
  /** Suites that failed (the run goes on without them). */
  failures: Array<{ suite: string; message: string }>;
}

export function analyticsTable(analytics: BenchRun['analytics']): string {
  const lines = ['| graph | question | cold (median) | cached (median) | how |', '|---|---|---|---|---|'];
  for (const entry of analytics)
    for (const timing of entry.timings)
      lines.push(
        `| ${entry.graph} | ${timing.question} | ${ms(timing.coldMs)} | ${ms(timing.cachedMs)} | ${timing.detail} |`,
      );
  const agreements = analytics.filter((entry) => entry.agreement !== null);
  if (agreements.length > 0) {
    lines.push(
      '',
      '| graph | betweenness: exact vs sampled | Spearman ρ | top-20 overlap | exact | sampled |',
      '|---|---|---|---|---|---|',
    );
    for (const { graph, agreement } of agreements) {
      const a = agreement!;
      lines.push(
        `| ${graph} | ${a.organizations} organisations, ${a.pivots} pivots | ${a.spearman.toFixed(3)} | ` +
          `${a.top20Overlap}/20 | ${ms(a.exactMs)} | ${ms(a.sampledMs)} |`,
      );
    }
  }
  return lines.join('\n');
}

export function explorerTable(explorer: readonly ExplorerResult[]): string {
  const lines = [
    '| view (nodes + links) | renderer | first draw (median) | pan FPS (median) | layout |',
    '|---|---|---|---|---|',
  ];
  for (const result of explorer) {
    lines.push(
      `| ${result.nodes} + ${result.edges} | ${result.renderer} | ${ms(result.firstDrawMs)} | ` +
        `${result.panFps.toFixed(0)} | ${result.layout} |`,
    );
  }
  return lines.join('\n');
}

const loads = (values: readonly number[]): string => values.map((value) => value.toFixed(2)).join(' ');

/** The run's total time and the machine's load around it, e.g. "bench: quick run took 4 min 12 s (252 s; …)". */
export function durationLine(run: Pick<BenchRun, 'mode' | 'seconds' | 'loadAverage'>): string {
  const minutes = Math.floor(run.seconds / 60);
  const seconds = Math.round(run.seconds - minutes * 60);
  return (
    `bench: ${run.mode} run took ${minutes} min ${seconds} s (${run.seconds.toFixed(0)} s; load average ` +
    `${loads(run.loadAverage.start)} at the start, ${loads(run.loadAverage.end)} at the end)`
  );
}

/** Heading of the hand-written section of RESULTS.md that a run keeps (up to the next "## " heading). */
export const NOTES_HEADING = '## Hand-written notes';

/** Heading of the section `pnpm bench:hostile` writes (hostile-at-scale.ts), which a run keeps too. */
export const HOSTILE_HEADING = '## Hostile suite at scale';

/** The second-level section of `markdown` under `heading` (up to the next "## " heading), or null. */
export function section(markdown: string, heading: string): string | null {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  if (start === -1) return null;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines
    .slice(start, end === -1 ? undefined : end)
    .join('\n')
    .trimEnd();
}

/**
 * The hand-written section of an earlier RESULTS.md, or null when it has none: the one under NOTES_HEADING, else the
 * first second-level heading that says it is hand-written (notes written before the heading was agreed).
 */
export function handWrittenNotes(markdown: string): string | null {
  const lines = markdown.split('\n');
  const named = lines.findIndex((line) => line.startsWith(NOTES_HEADING));
  const start = named !== -1 ? named : lines.findIndex((line) => line.startsWith('## ') && /hand-written/i.test(line));
  return start === -1 ? null : section(lines.slice(start).join('\n'), lines[start]!);
}

export function writeResults(run: BenchRun, markdownToo: boolean): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = join(RESULTS_DIR, `${run.startedAt.replace(/[:.]/g, '-')}-${run.mode}.json`);
  writeFileSync(json, `${JSON.stringify(run, null, 2)}\n`);
  const markdown = [
    '# Benchmark results',
    '',
    `Regenerated by \`pnpm bench${run.mode === 'quick' ? ' --quick' : ''}\` on ${run.startedAt} (${run.mode} ` +
      `run, ${run.seconds.toFixed(0)} s); raw data: \`bench/results/${json.split('/').at(-1)}\`. Every ratio is ` +
      `measured side by side in one run, the sides interleaved (bench/README.md says how).`,
    '',
    ...describeConditions(run.conditions).map((line) => `- ${line}`),
    `- ${durationLine(run).replace(/^bench: /, 'duration: ')}`,
    ...(run.reductions.length === 0
      ? []
      : [
          '',
          `What the ${run.mode} run leaves out or shortens (the full run measures all of it):`,
          '',
          ...run.reductions.map((line) => `- ${line}`),
        ]),
    '',
    '## Side by side',
    '',
    formatRatioTable(run.rows),
    '',
    ...run.failures.map((failure) => `- not measured: ${failure.suite} failed (${failure.message})`),
    '',
    '## Analytics by size',
    '',
    analyticsTable(run.analytics),
    '',
    '## Explorer in headless Chromium',
    '',
    explorerTable(run.explorer),
    '',
    '## Where the time went',
    '',
    formatPhases(run.phases),
    '',
  ].join('\n');
  if (markdownToo) {
    const earlier = existsSync(RESULTS_MD) ? readFileSync(RESULTS_MD, 'utf8') : '';
    const kept = [section(earlier, HOSTILE_HEADING), handWrittenNotes(earlier)].filter((part) => part !== null);
    writeFileSync(RESULTS_MD, [markdown, ...kept.map((part) => `${part}\n`)].join('\n'));
  }
  return json;
}
