// Turns raw tables into a typed Dataset, collecting every problem first: nothing is returned unless
// the whole dataset is valid.
import { checkDuplicateCollaborations } from './check-duplicate-collaborations.ts';
import { checkHierarchies } from './check-hierarchies.ts';
import { checkReferences, type KnownIds } from './check-references.ts';
import { checkRowRules } from './check-row-rules.ts';
import { checkUniqueKeys } from './check-unique-keys.ts';
import type { Dataset, DatasetType } from './dataset.ts';
import type { FileSpec } from './column-spec.ts';
import { bool, text } from './column-types.ts';
import { DATASET_FILES, specForFile, specForType } from './file-specs.ts';
import { parseTable, type ParsedTable } from './parse-table.ts';
import { append, DatasetInvalidError, type Problem } from './problem.ts';
import type { RawTable } from './raw-table.ts';

export interface BuildOptions {
  /** Problems found while reading (missing files, bad encoding, broken rows), reported with the rest. */
  readProblems?: readonly Problem[];
  /** Ids that references may also resolve to (nodes already in the database). */
  knownIds?: KnownIds;
  /** Where the tables came from, for the error message. */
  location?: string;
  /**
   * An import's provenance: rows without a `source` get this name (or, when it is null, their file's name),
   * rows without `synthetic` are real (false), and every row records it (or its file) as `importedFrom`.
   * Without it (the sample data), `source` and `synthetic` are required in every row.
   */
  importSource?: string | null;
}

/** The spec with source and synthetic optional, filled in from the import (see BuildOptions.importSource). */
function withImportDefaults(spec: FileSpec, source: string): FileSpec {
  const columns = {
    ...spec.columns,
    source: { presence: 'defaulted', type: text, fallback: source },
    synthetic: { presence: 'defaulted', type: bool, fallback: false },
  };
  return { ...spec, columns } as FileSpec;
}

/** Problems name a column as the file wrote it (a Korean header stays Korean). */
function relabel(problems: readonly Problem[], tables: readonly RawTable[]): Problem[] {
  const labels = new Map(tables.map((table) => [table.file, table.columnLabels ?? {}] as const));
  return problems.map((problem) => {
    const label = labels.get(problem.file)?.[problem.column];
    return label === undefined ? problem : { ...problem, column: label };
  });
}

/** Validates raw tables (several may share a type) and returns the dataset, or throws DatasetInvalidError. */
export function buildDataset(tables: readonly RawTable[], options: BuildOptions = {}): Dataset {
  const problems: Problem[] = [...(options.readProblems ?? [])];
  const parsed: ParsedTable[] = [];
  const origin = new Map<ParsedTable, string>();
  for (const table of tables) {
    const fileSpec = table.type === undefined ? specForFile(table.file) : specForType(table.type);
    const importedFrom = options.importSource ?? table.file;
    const spec = fileSpec && options.importSource !== undefined ? withImportDefaults(fileSpec, importedFrom) : fileSpec;
    if (!spec) {
      problems.push({
        file: table.file,
        row: 0,
        column: '',
        value: '',
        expected: `a dataset file name: ${DATASET_FILES.map((file) => file.file).join(', ')}`,
      });
      continue;
    }
    const result = parseTable(table, spec);
    parsed.push(result.parsed);
    origin.set(result.parsed, importedFrom);
    append(problems, result.problems);
  }
  for (const check of [checkUniqueKeys, checkDuplicateCollaborations, checkRowRules, checkHierarchies])
    append(problems, check(parsed));
  append(problems, checkReferences(parsed, options.knownIds));
  if (problems.length > 0) throw new DatasetInvalidError(relabel(problems, tables), options.location);

  const dataset = Object.fromEntries(DATASET_FILES.map((spec) => [spec.type, [] as unknown[]])) as Record<
    DatasetType,
    unknown[]
  >;
  for (const table of parsed) {
    const importedFrom = origin.get(table);
    append(
      dataset[table.spec.type as DatasetType],
      table.rows.map((row) => ({ ...row.values, importedFrom })),
    );
  }
  return dataset as unknown as Dataset;
}
