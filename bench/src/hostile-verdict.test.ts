// The pure parts of the hostile suite at scale: the verdict against the bounded-execution goal, the asOf flood, the
// figures and RESULTS.md's section.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  asOfFlood,
  countsByRole,
  cellOf,
  latencyFigures,
  matrixTable,
  memorySteps,
  parseVmRss,
  replaceSection,
  rssFigures,
  slowestAnswered,
  slowProbes,
  verdictOf,
  type HostileOutcome,
} from './hostile-verdict.ts';

const answered: HostileOutcome = {
  group: 'suite',
  document: 'the longest trend',
  role: 'public',
  at: 1_000,
  status: 200,
  ms: 120,
  bytes: 1_399,
  codes: [],
  limits: [],
  cost: null,
  budget: null,
};
const refused: HostileOutcome = {
  ...answered,
  document: 'six levels of partners',
  codes: ['QUERY_TOO_COMPLEX', 'QUERY_TOO_COMPLEX'],
  limits: ['depth', 'cost'],
  cost: 2_020_202_020_201,
  budget: 40_000,
};

describe('verdictOf', () => {
  it('passes a refusal carrying a cost past the budget, however many limits it lists', () => {
    expect(verdictOf(refused)).toEqual({ kind: 'refused', reasons: [] });
  });

  it('fails a QUERY_TOO_COMPLEX without cost and budget (a time-out, a depth refusal alone)', () => {
    const timedOut = { ...refused, ms: 16_910, codes: ['QUERY_TOO_COMPLEX'], limits: [], cost: null, budget: null };
    expect(verdictOf(timedOut)).toEqual({
      kind: 'FAIL',
      reasons: ['QUERY_TOO_COMPLEX without cost and budget (limit: none named) after 16910 ms'],
    });
    const depth = { ...timedOut, ms: 5, limits: ['depth'] };
    expect(verdictOf(depth).reasons).toEqual(['QUERY_TOO_COMPLEX without cost and budget (limit: depth) after 5 ms']);
  });

  it('fails a refusal for cost within the budget, and one mixed with other errors', () => {
    expect(verdictOf({ ...refused, cost: 40_000 }).reasons).toEqual([
      'refused for cost 40000 within the budget of 40000',
    ]);
    expect(verdictOf({ ...refused, codes: ['QUERY_TOO_COMPLEX', 'INTERNAL_SERVER_ERROR'] }).reasons).toEqual([
      'QUERY_TOO_COMPLEX together with INTERNAL_SERVER_ERROR',
    ]);
  });

  it('passes an answer at 2 s and 10 MiB, with FORBIDDEN or NOT_FOUND errors in it', () => {
    expect(verdictOf({ ...answered, ms: 2_000, bytes: 10 * 1024 * 1024 }).kind).toBe('answered');
    expect(verdictOf({ ...answered, codes: ['FORBIDDEN', 'NOT_FOUND'] }).kind).toBe('answered');
  });

  it('fails an answer past 2 s or 10 MiB, with another error, or not HTTP 200', () => {
    expect(verdictOf({ ...answered, ms: 13_124.4 }).reasons).toEqual(['answered in 13124 ms (> 2000 ms)']);
    expect(verdictOf({ ...answered, bytes: 10 * 1024 * 1024 + 1 }).reasons).toEqual([
      'answered 10485761 bytes (> 10485760)',
    ]);
    expect(verdictOf({ ...answered, status: 503, codes: ['SERVICE_BUSY'] }).reasons).toEqual([
      'answered with SERVICE_BUSY',
      'HTTP 503',
    ]);
  });

  it('fails a request that got no answer', () => {
    expect(verdictOf({ ...answered, status: 0, failure: 'The operation was aborted due to timeout' })).toEqual({
      kind: 'FAIL',
      reasons: ['no answer: The operation was aborted due to timeout'],
    });
  });
});

describe('asOfFlood', () => {
  it('asks networkStats on `count` distinct first-of-month dates going back from the month given', () => {
    const flood = asOfFlood(15, '2025-02');
    const dates = [...flood.query.matchAll(/asOf: "([^"]+)"/g)].map((match) => match[1]);
    expect(dates).toHaveLength(15);
    expect(new Set(dates).size).toBe(15);
    expect(dates.slice(0, 3)).toEqual(['2025-02-01', '2025-01-01', '2024-12-01']);
    expect(dates.at(-1)).toBe('2023-12-01');
    expect(flood.name).toBe('15 networkStats(asOf) dates from 2025-02');
    expect(() => parse(flood.query)).not.toThrow();
  });
});

describe('figures', () => {
  it('counts refused, answered and FAIL per role in the order the roles come', () => {
    const outcomes = [refused, answered, { ...answered, ms: 3_000 }, { ...answered, role: 'admin' }];
    expect(countsByRole(outcomes)).toEqual([
      { role: 'public', refused: 1, answered: 1, fail: 1 },
      { role: 'admin', refused: 0, answered: 1, fail: 0 },
    ]);
  });

  it('lists the slowest documents that were not refused', () => {
    const slow = { ...answered, document: 'slow', ms: 900 };
    const slowest = slowestAnswered([{ ...refused, ms: 5_000 }, answered, slow], 1);
    expect(slowest.map((outcome) => outcome.document)).toEqual(['slow']);
  });

  it('gives p50, p99 and max of the latencies', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(latencyFigures(values)).toEqual({ samples: 100, p50: 50.5, p99: expect.closeTo(99, 0), max: 100 });
    expect(latencyFigures([]).samples).toBe(0);
  });

  it('measures resident memory growth from the median of the baseline to the largest sample', () => {
    expect(rssFigures([100, 120, 110], [115, 300, 200])).toEqual({
      baselineBytes: 110,
      maxBytes: 300,
      endBytes: 200,
      growthBytes: 190,
      samples: 3,
    });
  });

  it('reads VmRSS from /proc/<pid>/status in bytes', () => {
    expect(parseVmRss('Name:\tnode\nVmPeak:\t 900 kB\nVmRSS:\t  123456 kB\nThreads:\t11\n')).toBe(123_456 * 1024);
    expect(parseVmRss('Name:\tzombie\n')).toBeNull();
  });
});

describe('attribution', () => {
  const first = { ...answered, document: 'first', at: 1_000, ms: 500 };
  const second = { ...answered, document: 'second', at: 2_000, ms: 1_000 };

  it('finds the documents during which memory rose past its highest level so far, largest rise first', () => {
    const rss = [
      { at: 900, value: 100 },
      { at: 1_200, value: 150 },
      { at: 1_550, value: 160 },
      { at: 1_800, value: 120 },
      { at: 2_500, value: 400 },
    ];
    const steps = memorySteps([first, second], rss, 100);
    expect(steps.map((step) => [step.outcome.document, step.value])).toEqual([
      ['second', 240],
      ['first', 60],
    ]);
  });

  it('names the document in flight when each slow probe was sent', () => {
    const probes = [
      { at: 1_100, value: 250 },
      { at: 1_700, value: 900 },
      { at: 2_100, value: 5 },
    ];
    expect(slowProbes([first, second], probes, 200).map(({ outcome }) => outcome?.document ?? null)).toEqual([
      'first',
      null,
    ]);
  });
});

describe('matrixTable', () => {
  it('gives a row per document and a cell per role, "—" where a role did not get the document', () => {
    const table = matrixTable(
      [refused, { ...answered, role: 'admin', ms: 3_000 }, { ...answered, document: 'admin only', role: 'admin' }],
      ['public', 'admin'],
    );
    expect(table.split('\n')).toEqual([
      '| document | public | admin |',
      '|---|---|---|',
      '| six levels of partners | refused 2.0e+12 / 40,000, 120 ms | — |',
      '| the longest trend | — | **FAIL**: answered in 3000 ms (> 2000 ms) |',
      '| admin only | — | answered 120 ms, 1399 B |',
    ]);
  });

  it('quotes the first error of a failure', () => {
    expect(cellOf({ ...answered, status: 503, codes: ['DATABASE_UNAVAILABLE'], message: 'Neo4j is down' })).toBe(
      '**FAIL**: answered with DATABASE_UNAVAILABLE; HTTP 503 ("Neo4j is down")',
    );
  });
});

describe('replaceSection', () => {
  const file = '# Results\n\n## Side by side\n\n| a |\n\n## Hand-written notes\n\nkept\n';

  it('inserts the section before the hand-written notes when the file has none', () => {
    expect(replaceSection(file, '## Hostile', '## Hostile\n\nnew\n', '## Hand-written')).toBe(
      '# Results\n\n## Side by side\n\n| a |\n\n## Hostile\n\nnew\n\n## Hand-written notes\n\nkept\n',
    );
  });

  it('replaces the section it wrote before, up to the next second-level heading', () => {
    const written = replaceSection(file, '## Hostile', '## Hostile\n\nold\n\n### part\n\nx', '## Hand-written');
    expect(replaceSection(written, '## Hostile', '## Hostile\n\nnew', '## Hand-written')).toBe(
      '# Results\n\n## Side by side\n\n| a |\n\n## Hostile\n\nnew\n\n## Hand-written notes\n\nkept\n',
    );
  });

  it('appends the section when neither heading is there', () => {
    expect(replaceSection('# Results\n', '## Hostile', '## Hostile\n\nnew', '## Hand-written')).toBe(
      '# Results\n\n## Hostile\n\nnew\n',
    );
  });
});
