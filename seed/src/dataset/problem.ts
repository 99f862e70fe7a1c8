// What is wrong with a dataset, located to the cell: the reader collects every problem before any write.

export interface Problem {
  /** File name within the dataset folder, e.g. "organizations.csv". */
  readonly file: string;
  /** Line number in the file, the header being line 1; 0 when the problem is about the whole file. */
  readonly row: number;
  /** Column header; empty when the problem is about a whole row or file. */
  readonly column: string;
  /** The offending cell text as written (empty for a missing value). */
  readonly value: string;
  /** What was expected instead, phrased to follow "expected". */
  readonly expected: string;
}

/** `file:row:column: expected X, got "v"`; row, column and value are left out when a problem is about a whole file. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.row > 0 ? String(problem.row) : '', problem.column].filter(Boolean).join(':');
  if (problem.row === 0 && problem.value === '') return `${where}: expected ${problem.expected}`;
  return `${where}: expected ${problem.expected}, got "${problem.value}"`;
}

/** Problems in file order, then row, then column, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.row - b.row ||
      a.column.localeCompare(b.column) ||
      a.expected.localeCompare(b.expected),
  );
}

export class DatasetInvalidError extends Error {
  override name = 'DatasetInvalidError';
  readonly problems: readonly Problem[];

  constructor(
    problems: readonly Problem[],
    readonly location = 'dataset',
  ) {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super(`seed/dataset: ${location} has ${count}:\n${sorted.map(formatProblem).join('\n')}`);
    this.problems = sorted;
  }
}

/** Appends without spreading (a spread of hundreds of thousands of items overflows the call stack). */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
