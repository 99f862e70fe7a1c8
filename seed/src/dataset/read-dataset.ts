// Reads a dataset folder (one CSV file per type, named as in the spec) and validates it whole.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from './build-dataset.ts';
import type { Dataset } from './dataset.ts';
import { DATASET_FILES } from './file-specs.ts';
import { append, DatasetInvalidError, type Problem } from './problem.ts';
import { readCsvTable } from './read-csv-table.ts';
import type { RawTable } from './raw-table.ts';

/** Reads and validates every file of the folder; throws DatasetInvalidError listing all problems. */
export async function readDataset(dir: string): Promise<Dataset> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DatasetInvalidError(
      [{ file: dir, row: 0, column: '', value: '', expected: 'a folder holding the dataset CSV files' }],
      dir,
    );
  }
  const tables: RawTable[] = [];
  const problems: Problem[] = [];
  for (const spec of DATASET_FILES) {
    const path = join(dir, spec.file);
    if (!existsSync(path)) {
      problems.push({
        file: spec.file,
        row: 0,
        column: '',
        value: '',
        expected: `a file ${spec.file} in the dataset folder`,
      });
      continue;
    }
    const result = await readCsvTable(path);
    append(problems, result.problems);
    if (result.table) tables.push(result.table);
  }
  return buildDataset(tables, { readProblems: problems, location: dir });
}
