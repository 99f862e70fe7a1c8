import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES } from '../dataset/index.ts';
import { readInputs } from '../import/read-inputs.ts';
import { templateCsv, TEMPLATE_LANGUAGES } from './templates.ts';

const TEMPLATES_DIR = join(import.meta.dirname, '..', '..', 'templates');

describe('the import templates', () => {
  it('match the specs (regenerate with seed/scripts/make-templates.ts), and each is read as its type', async () => {
    for (const language of TEMPLATE_LANGUAGES) {
      for (const spec of DATASET_FILES) {
        const { file, bytes } = templateCsv(spec, language);
        expect({ file, text: readFileSync(join(TEMPLATES_DIR, language, file), 'utf8') }).toEqual({
          file,
          text: bytes.toString('utf8'),
        });
        const read = await readInputs([{ name: file, bytes }]);
        expect({ file, problems: read.problems, type: read.files[0]?.type }).toEqual({
          file,
          problems: [],
          type: spec.type,
        });
      }
    }
    const workbook = await readInputs([
      { name: '데이터-양식.xlsx', bytes: readFileSync(join(TEMPLATES_DIR, '데이터-양식.xlsx')) },
    ]);
    expect(workbook.problems).toEqual([]);
    expect(workbook.files.map((file) => file.type)).toEqual(DATASET_FILES.map((spec) => spec.type));
  });
});
