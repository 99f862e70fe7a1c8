// The capability taxonomy and programmes of the sample data: the vocabulary generated graphs use.
import { join } from 'node:path';
import { buildDataset, readCsvTable, type CapabilityRow, type ProgramRow, type RawTable } from '../dataset/index.ts';
import { SAMPLE_DATA_DIR } from '../sample-data-dir.ts';

export async function readSampleVocabulary(): Promise<{ taxonomy: CapabilityRow[]; programs: ProgramRow[] }> {
  const tables: RawTable[] = [];
  for (const file of ['capabilities.csv', 'programs.csv']) {
    const { table, problems } = await readCsvTable(join(SAMPLE_DATA_DIR, file));
    if (!table || problems.length > 0) throw new Error(`seed/generate: cannot read the sample ${file}`);
    tables.push(table);
  }
  const dataset = buildDataset(tables, { location: SAMPLE_DATA_DIR });
  return { taxonomy: dataset.capabilities, programs: dataset.programs };
}
