// Writes the import templates (seed/templates/): for each dataset type an empty CSV with English headers
// (en/organizations.csv …) and one with Korean headers (ko/기관.csv …), UTF-8 with a BOM so that Excel shows
// Korean correctly, and one workbook with a sheet per type and Korean headers (templates/데이터-양식.xlsx).
//   node_modules/.bin/tsx seed/scripts/make-templates.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeExcelFile from 'write-excel-file/node';
import { DATASET_FILES, KOREAN_FILE_NAMES, koreanHeadersOf, type DatasetType } from '../src/dataset/index.ts';
import { templateCsv, TEMPLATE_LANGUAGES } from '../src/export/templates.ts';

const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');

for (const language of TEMPLATE_LANGUAGES) {
  mkdirSync(join(TEMPLATES_DIR, language), { recursive: true });
  for (const spec of DATASET_FILES) {
    const { file, bytes } = templateCsv(spec, language);
    writeFileSync(join(TEMPLATES_DIR, language, file), bytes);
  }
}
const sheets = DATASET_FILES.map((spec) => ({
  sheet: KOREAN_FILE_NAMES[spec.type as DatasetType]?.[0] ?? spec.type,
  data: [Object.keys(spec.columns).map((column) => koreanHeadersOf(spec.type)[column] ?? column)],
}));
await writeExcelFile(sheets as never).toFile(join(TEMPLATES_DIR, '데이터-양식.xlsx'));
console.log(
  `make-templates: wrote ${TEMPLATE_LANGUAGES.length * DATASET_FILES.length} CSV templates and 데이터-양식.xlsx to ` +
    `${TEMPLATES_DIR}`,
);
