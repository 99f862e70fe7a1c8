// The pure parts of the hostile suite at scale (hostile-at-scale.ts): the verdict on one answer against the
// bounded-execution goal (refused with QUERY_TOO_COMPLEX carrying cost and budget, or answered within 2 s and 10 MB),
// the "many asOf dates" flood, the summaries and the tables.
import { quantile } from 'simple-statistics';

export const ANSWER_MS = 2_000;
export const ANSWER_BYTES = 10 * 1024 * 1024;
export const RSS_GROWTH_BYTES = 300 * 1024 * 1024;
export const PROBE_MS = 200;
/** Errors an answer may still carry (as in the hostile-client test): a role refused a field, an unknown id. */
const ANSWER_ERRORS = new Set(['FORBIDDEN', 'NOT_FOUND']);

/**
 * `suite`: the hostile-client suite's documents; `asOf flood`: the analytics floods the suite leaves out, sent to the
 * same API (NODE_ENV=test) and again to one in production mode.
 */
export type HostileGroup = 'suite' | 'asOf flood' | 'asOf flood, production mode';

/** What one document sent as one role got back. */
export interface HostileOutcome {
  group: HostileGroup;
  document: string;
  role: string;
  /** When it was sent (epoch milliseconds); `ms` later its answer had been read. */
  at: number;
  /** HTTP status; 0 when no answer came (the request failed or timed out). */
  status: number;
  ms: number;
  bytes: number;
  /** `extensions.code` of each error, in order. */
  codes: string[];
  /** `extensions.limit` of each error that names one. */
  limits: string[];
  /** `extensions.cost` and `extensions.budget` of the cost refusal, when there is one. */
  cost: number | null;
  budget: number | null;
  /** The first error's message (shortened), when there is one. */
  message?: string;
  /** Why no answer came (transport error, client time-out). */
  failure?: string;
}

export type VerdictKind = 'refused' | 'answered' | 'FAIL';

export interface Verdict {
  kind: VerdictKind;
  reasons: string[];
}

/** The acceptance item's verdict on one outcome: refused or answered within bounds (both pass), or FAIL and why. */
export function verdictOf(outcome: HostileOutcome): Verdict {
  if (outcome.failure !== undefined) return { kind: 'FAIL', reasons: [`no answer: ${outcome.failure}`] };
  if (outcome.codes.includes('QUERY_TOO_COMPLEX')) {
    const reasons: string[] = [];
    const others = [...new Set(outcome.codes.filter((code) => code !== 'QUERY_TOO_COMPLEX'))];
    if (others.length > 0) reasons.push(`QUERY_TOO_COMPLEX together with ${others.join(', ')}`);
    if (outcome.cost === null || outcome.budget === null) {
      const limits = outcome.limits.length > 0 ? outcome.limits.join(', ') : 'none named';
      reasons.push(`QUERY_TOO_COMPLEX without cost and budget (limit: ${limits}) after ${Math.round(outcome.ms)} ms`);
    } else if (!(outcome.cost > outcome.budget)) {
      reasons.push(`refused for cost ${outcome.cost} within the budget of ${outcome.budget}`);
    }
    return reasons.length > 0 ? { kind: 'FAIL', reasons } : { kind: 'refused', reasons: [] };
  }
  const reasons: string[] = [];
  const unexpected = [...new Set(outcome.codes.filter((code) => !ANSWER_ERRORS.has(code)))];
  if (unexpected.length > 0) reasons.push(`answered with ${unexpected.join(', ')}`);
  if (outcome.status !== 200) reasons.push(`HTTP ${outcome.status}`);
  if (outcome.ms > ANSWER_MS) reasons.push(`answered in ${Math.round(outcome.ms)} ms (> ${ANSWER_MS} ms)`);
  if (outcome.bytes > ANSWER_BYTES) reasons.push(`answered ${outcome.bytes} bytes (> ${ANSWER_BYTES})`);
  return reasons.length > 0 ? { kind: 'FAIL', reasons } : { kind: 'answered', reasons: [] };
}

/**
 * `count` aliased `networkStats(asOf)` on distinct dates (the 1st of a month, going back a month at a time from
 * `from`, a YYYY-MM date), so that each is a cold computation unless an earlier request asked for the same date.
 */
export function asOfFlood(count: number, from: string): { name: string; query: string } {
  const [year, month] = from.split('-').map(Number) as [number, number];
  const fields = Array.from({ length: count }, (_, index) => {
    const months = year * 12 + (month - 1) - index;
    const date = `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
    return `d${index}: networkStats(asOf: "${date}") { organizations links components }`;
  });
  return {
    name: `${count} networkStats(asOf) dates from ${from}`,
    query: `query HostileAsOfFlood { ${fields.join(' ')} }`,
  };
}

export interface RoleCounts {
  role: string;
  refused: number;
  answered: number;
  fail: number;
}

/** Refused / answered / FAIL per role, in the order the roles first appear. */
export function countsByRole(outcomes: readonly HostileOutcome[]): RoleCounts[] {
  const counts = new Map<string, RoleCounts>();
  for (const outcome of outcomes) {
    const row = counts.get(outcome.role) ?? { role: outcome.role, refused: 0, answered: 0, fail: 0 };
    const { kind } = verdictOf(outcome);
    if (kind === 'refused') row.refused += 1;
    else if (kind === 'answered') row.answered += 1;
    else row.fail += 1;
    counts.set(outcome.role, row);
  }
  return [...counts.values()];
}

export interface LatencyFigures {
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

/** p50, p99 and max of a list of latencies (NaN when empty). */
export function latencyFigures(values: readonly number[]): LatencyFigures {
  if (values.length === 0) return { samples: 0, p50: Number.NaN, p99: Number.NaN, max: Number.NaN };
  const sorted = [...values];
  return {
    samples: values.length,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    max: Math.max(...values),
  };
}

/** Resident memory (bytes) sampled over the run: the baseline after warm-up and the largest growth past it. */
export interface RssFigures {
  baselineBytes: number;
  maxBytes: number;
  endBytes: number;
  growthBytes: number;
  samples: number;
}

/** The baseline is the median of the samples taken after warm-up and before the first hostile document. */
export function rssFigures(baselineSamples: readonly number[], runSamples: readonly number[]): RssFigures {
  const baselineBytes = baselineSamples.length === 0 ? Number.NaN : quantile([...baselineSamples], 0.5);
  const maxBytes = runSamples.length === 0 ? Number.NaN : Math.max(...runSamples);
  return {
    baselineBytes,
    maxBytes,
    endBytes: runSamples.at(-1) ?? Number.NaN,
    growthBytes: maxBytes - baselineBytes,
    samples: runSamples.length,
  };
}

/** `VmRSS:   123456 kB` in /proc/<pid>/status → bytes; null when the line is missing (the process is gone). */
export function parseVmRss(status: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** A sample taken at `at` (epoch milliseconds): a probe's latency, or the API's resident memory. */
export interface Sample {
  at: number;
  value: number;
}

export interface Attributed {
  outcome: HostileOutcome;
  value: number;
}

const inFlight = (outcome: HostileOutcome, at: number, slackMs: number): boolean =>
  at >= outcome.at && at <= outcome.at + outcome.ms + slackMs;

/**
 * The documents during which the API's resident memory rose past its highest level so far (from the first sample),
 * with how far it rose, largest first; `slackMs` counts samples taken just after an answer as its own.
 */
export function memorySteps(
  outcomes: readonly HostileOutcome[],
  rss: readonly Sample[],
  slackMs: number,
): Attributed[] {
  const steps: Attributed[] = [];
  let highest = rss[0]?.value ?? 0;
  let next = 0;
  for (const outcome of [...outcomes].sort((a, b) => a.at - b.at)) {
    for (; next < rss.length && rss[next]!.at < outcome.at; next += 1) highest = Math.max(highest, rss[next]!.value);
    const during = rss.filter((sample) => inFlight(outcome, sample.at, slackMs)).map((sample) => sample.value);
    const peak = Math.max(highest, ...during);
    if (peak > highest) steps.push({ outcome, value: peak - highest });
    highest = peak;
  }
  return steps.sort((a, b) => b.value - a.value);
}

/** Probes slower than `thresholdMs`, each with the document in flight when it was sent (null: none was). */
export function slowProbes(
  outcomes: readonly HostileOutcome[],
  probes: readonly Sample[],
  thresholdMs: number,
): Array<{ probe: Sample; outcome: HostileOutcome | null }> {
  return probes
    .filter((probe) => probe.value > thresholdMs)
    .map((probe) => ({ probe, outcome: outcomes.find((outcome) => inFlight(outcome, probe.at, 0)) ?? null }));
}

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kib = (bytes: number): string => (bytes < 10_240 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} KiB`);
const msText = (value: number): string => (Number.isNaN(value) ? '—' : `${value.toFixed(value < 10 ? 1 : 0)} ms`);

export function countsTable(outcomes: readonly HostileOutcome[]): string {
  const lines = ['| role | refused | answered | FAIL |', '|---|---|---|---|'];
  for (const row of countsByRole(outcomes))
    lines.push(`| ${row.role} | ${row.refused} | ${row.answered} | ${row.fail} |`);
  return lines.join('\n');
}

/** Every outcome, one row each: verdict, status, code(s), cost/budget, time and size. */
export function outcomesTable(outcomes: readonly HostileOutcome[]): string {
  const lines = [
    '| document | role | verdict | HTTP | codes (limits) | cost / budget | time | bytes |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const outcome of outcomes) {
    const verdict = verdictOf(outcome);
    const said = outcome.message === undefined ? '' : ` ("${outcome.message.replace(/\|/g, '\\|')}")`;
    const shown = verdict.kind === 'FAIL' ? `FAIL: ${verdict.reasons.join('; ')}${said}` : `PASS (${verdict.kind})`;
    const codes = [...new Set(outcome.codes)].join(', ') || '—';
    const limits = outcome.limits.length > 0 ? ` (${[...new Set(outcome.limits)].join(', ')})` : '';
    const cost = outcome.cost === null ? '—' : `${outcome.cost} / ${outcome.budget ?? '—'}`;
    lines.push(
      `| ${outcome.document.replace(/\|/g, '\\|')} | ${outcome.role} | ${shown} | ${outcome.status} | ` +
        `${codes}${limits} | ${cost} | ${msText(outcome.ms)} | ${kib(outcome.bytes)} |`,
    );
  }
  return lines.join('\n');
}

const costText = (value: number): string => (value >= 1e7 ? value.toExponential(1) : value.toLocaleString('en'));

/** One cell of the matrix: PASS (refused, with cost/budget; or answered, with time and size) or FAIL and why. */
export function cellOf(outcome: HostileOutcome): string {
  const verdict = verdictOf(outcome);
  if (verdict.kind === 'refused')
    return `refused ${costText(outcome.cost!)} / ${costText(outcome.budget!)}, ${msText(outcome.ms)}`;
  if (verdict.kind === 'answered') return `answered ${msText(outcome.ms)}, ${kib(outcome.bytes)}`;
  const said = outcome.message === undefined ? '' : ` ("${outcome.message}")`;
  return `**FAIL**: ${verdict.reasons.join('; ')}${said}`.replace(/\|/g, '\\|');
}

/** Documents by rows, roles by columns (a document a role does not get, e.g. its own alias flood, is "—"). */
export function matrixTable(outcomes: readonly HostileOutcome[], roles: readonly string[]): string {
  const documents = [...new Set(outcomes.map((outcome) => outcome.document))];
  const lines = [`| document | ${roles.join(' | ')} |`, `|---|${roles.map(() => '---|').join('')}`];
  for (const document of documents) {
    const cells = roles.map((role) => {
      const outcome = outcomes.find((candidate) => candidate.document === document && candidate.role === role);
      return outcome === undefined ? '—' : cellOf(outcome);
    });
    lines.push(`| ${document.replace(/\|/g, '\\|')} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The `count` slowest answered documents (passed or failed for time or size: every one that was not refused). */
export function slowestAnswered(outcomes: readonly HostileOutcome[], count: number): HostileOutcome[] {
  return outcomes
    .filter((outcome) => !outcome.codes.includes('QUERY_TOO_COMPLEX') && outcome.failure === undefined)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

/** The `count` slowest refusals (pricing a document runs on the API's thread, before anything else). */
export function slowestRefused(outcomes: readonly HostileOutcome[], count: number): HostileOutcome[] {
  return outcomes
    .filter((outcome) => verdictOf(outcome).kind === 'refused')
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

export function slowestTable(outcomes: readonly HostileOutcome[], count: number, refusals = false): string {
  const lines = ['| document | role | time | bytes | verdict |', '|---|---|---|---|---|'];
  for (const outcome of (refusals ? slowestRefused : slowestAnswered)(outcomes, count)) {
    const verdict = verdictOf(outcome);
    lines.push(
      `| ${outcome.document.replace(/\|/g, '\\|')} | ${outcome.role} | ${msText(outcome.ms)} | ` +
        `${kib(outcome.bytes)} | ` +
        `${verdict.kind === 'FAIL' ? `FAIL: ${verdict.reasons.join('; ')}` : 'PASS'} |`,
    );
  }
  return lines.join('\n');
}

export function rssLine(rss: RssFigures): string {
  const verdict = rss.growthBytes <= RSS_GROWTH_BYTES ? 'PASS' : 'FAIL';
  return (
    `API resident memory: baseline ${mib(rss.baselineBytes)} (after warm-up), max ${mib(rss.maxBytes)}, at the end ` +
    `${mib(rss.endBytes)}; max growth ${mib(rss.growthBytes)} (limit 300 MiB: ${verdict}; ${rss.samples} samples)`
  );
}

export function probeLine(probe: LatencyFigures, failures: number): string {
  const verdict = failures === 0 && probe.max <= PROBE_MS ? 'PASS' : 'FAIL';
  return (
    `probe GET /healthz every 100 ms: p50 ${msText(probe.p50)}, p99 ${msText(probe.p99)}, max ${msText(probe.max)} ` +
    `(${probe.samples} answers, ${failures} without { status: "ok" }; limit ${PROBE_MS} ms: ${verdict})`
  );
}

/**
 * The markdown with its second-level section `heading` replaced by `section` (up to the next "## " heading), or, when
 * it has none, `section` inserted before the heading `before` (or at the end when that is missing too).
 */
export function replaceSection(markdown: string, heading: string, section: string, before: string): string {
  const lines = markdown.trimEnd().split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  const body = section.trimEnd().split('\n');
  if (start !== -1) {
    const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
    const end = next === -1 ? lines.length : next;
    return `${[...lines.slice(0, start), ...body, ...(next === -1 ? [] : ['', ...lines.slice(end)])].join('\n')}\n`;
  }
  const at = lines.findIndex((line) => line.startsWith(before));
  if (at === -1) return `${[...lines, '', ...body].join('\n')}\n`;
  return `${[...lines.slice(0, at), ...body, '', ...lines.slice(at)].join('\n')}\n`;
}
