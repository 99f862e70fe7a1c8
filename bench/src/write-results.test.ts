// Checks what a run writes besides the tables: its duration line and the hand-written notes it keeps in RESULTS.md.
import { describe, expect, it } from 'vitest';
import { durationLine, handWrittenNotes, HOSTILE_HEADING, section } from './write-results.ts';

describe('durationLine', () => {
  it('gives minutes and seconds, the total in seconds and the load around the run', () => {
    const line = durationLine({
      mode: 'quick',
      seconds: 252.4,
      loadAverage: { start: [1.5, 2, 3], end: [4.25, 3, 2] },
    });
    expect(line).toBe(
      'bench: quick run took 4 min 12 s (252 s; load average 1.50 2.00 3.00 at the start, 4.25 3.00 2.00 at the end)',
    );
  });
});

describe('handWrittenNotes', () => {
  const generated = '# Benchmark results\n\n## Side by side\n\n| a |\n';

  it('keeps the hand-written section at the end of the file', () => {
    const notes = '## Hand-written notes\n\nWhat changed, by hand.\n\n### Before and after\n\n| x |\n';
    expect(handWrittenNotes(`${generated}\n${notes}`)).toBe(notes.trimEnd());
  });

  it('stops at the next second-level heading', () => {
    expect(handWrittenNotes(`${generated}\n## Hand-written notes\n\nkept\n\n## Analytics by size\n\nnot kept\n`)).toBe(
      '## Hand-written notes\n\nkept',
    );
  });

  it('also keeps an older section whose heading says it is hand-written', () => {
    expect(handWrittenNotes(`${generated}\n## After the first query work (hand-written)\n\nkept\n`)).toBe(
      '## After the first query work (hand-written)\n\nkept',
    );
  });

  it('finds nothing in a file without the section', () => {
    expect(handWrittenNotes(generated)).toBeNull();
  });
});

describe('section', () => {
  it('finds the hostile suite section, which a run keeps, up to the next second-level heading', () => {
    const markdown =
      `# Benchmark results\n\n## Side by side\n\n| a |\n\n${HOSTILE_HEADING}\n\nkept\n\n` +
      '### Every document\n\n| b |\n\n' +
      '## Hand-written notes\n\nnotes\n';
    expect(section(markdown, HOSTILE_HEADING)).toBe(`${HOSTILE_HEADING}\n\nkept\n\n### Every document\n\n| b |`);
    expect(section('# Benchmark results\n', HOSTILE_HEADING)).toBeNull();
  });
});
