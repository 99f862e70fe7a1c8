// The import templates (seed/templates/): an empty CSV per type with English or Korean headers, UTF-8 with
// a BOM (so Excel opens Korean correctly), made from the specs so they cannot drift from them.
import type { FileSpec } from '../dataset/index.ts';
import { datasetCsv, fileNameOf, type ExportLanguage } from './write-dataset-files.ts';

export const TEMPLATE_LANGUAGES: readonly ExportLanguage[] = ['en', 'ko'];

export function templateCsv(spec: FileSpec, language: ExportLanguage): { file: string; bytes: Buffer } {
  return { file: fileNameOf(spec, language), bytes: Buffer.from(`\uFEFF${datasetCsv(spec, [], language)}`, 'utf8') };
}
