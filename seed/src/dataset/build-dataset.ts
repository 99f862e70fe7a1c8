// Turns raw tables into a typed Dataset, collecting every problem first: nothing is returned unless
// the whole dataset is valid.
import { checkDuplicateCollaborations } from './check-duplicate-collaborations.ts';
import { checkHierarchies } from './check-hierarchies.ts';
import { checkReferences, type KnownIds } from './check-references.ts';
import { checkRowRules } from './check-row-rules.ts';
import { checkUniqueKeys } from './check-unique-keys.ts';
import type { Dataset, DatasetType } from './dataset.ts';
import { DATASET_FILES, specForFile } from './file-specs.ts';
import { parseTable, type ParsedTable } from './parse-table.ts';
import { DatasetInvalidError, type Problem } from './problem.ts';
import type { RawTable } from './raw-table.ts';

export interface BuildOptions {
  /** Problems found while reading (missing files, bad encoding, broken rows), reported with the rest. */
  readProblems?: readonly Problem[];
  /** Ids that references may also resolve to (nodes already in the database). */
  knownIds?: KnownIds;
  /** Where the tables came from, for the error message. */
  location?: string;
}

/** Validates raw tables (several may share a type) and returns the dataset, or throws DatasetInvalidError. */
export function buildDataset(tables: readonly RawTable[], options: BuildOptions = {}): Dataset {
  const problems: Problem[] = [...(options.readProblems ?? [])];
  const parsed: ParsedTable[] = [];
  for (const table of tables) {
    const spec = specForFile(table.file);
    if (!spec) {
      problems.push({ file: table.file, row: 0, column: '', value: '', expected: `a dataset file name: ${DATASET_FILES.map((file) => file.file).join(', ')}` });
      continue;
    }
    const result = parseTable(table, spec);
    parsed.push(result.parsed);
    problems.push(...result.problems);
  }
  problems.push(
    ...checkUniqueKeys(parsed),
    ...checkDuplicateCollaborations(parsed),
    ...checkRowRules(parsed),
    ...checkReferences(parsed, options.knownIds),
    ...checkHierarchies(parsed),
  );
  if (problems.length > 0) throw new DatasetInvalidError(problems, options.location);

  const dataset = Object.fromEntries(DATASET_FILES.map((spec) => [spec.type, [] as unknown[]])) as Record<DatasetType, unknown[]>;
  for (const table of parsed) dataset[table.spec.type as DatasetType].push(...table.rows.map((row) => ({ ...row.values })));
  return dataset as unknown as Dataset;
}
