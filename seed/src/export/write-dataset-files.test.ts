import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collaboration, emptyDataset, organization } from '../../test/datasets.ts';
import { buildDataset, type Dataset } from '../dataset/index.ts';
import { collectInputs } from '../import/import-input.ts';
import { readInputs } from '../import/read-inputs.ts';
import { ExportEncodingError, writeDatasetFiles } from './write-dataset-files.ts';

const TRICKY = [
  '=HYPERLINK("http://evil")',
  '+82-31-123-4567',
  '-5',
  '@cmd',
  "'=already quoted",
  '쉼표, "따옴표"\n그리고 줄바꿈',
  '-',
];

function tricky(): Dataset {
  const dataset = emptyDataset();
  dataset.organizations = TRICKY.map((name, index) =>
    organization(`T-EXP-ORG-${index}`, {
      name,
      description: name,
      aliases: ['=A1', '서울대'],
      founded: 2001,
      employees: 0,
    }),
  );
  dataset.collaborations = [
    { ...collaboration('T-EXP-LNK-1', 'T-EXP-ORG-1', 'T-EXP-ORG-0'), weight: 2.5, title: '-공동연구' },
  ];
  return dataset;
}

async function readBack(dir: string): Promise<Dataset> {
  const { inputs } = await collectInputs([dir]);
  const read = await readInputs(inputs);
  expect(read.problems).toEqual([]);
  return buildDataset(read.tables, { importSource: null });
}

const withoutOrigin = (dataset: Dataset) =>
  Object.fromEntries(
    Object.entries(dataset).map(([type, rows]) => [
      type,
      (rows as { importedFrom?: string }[]).map(({ importedFrom: _origin, ...row }) => row),
    ]),
  );

describe('writeDatasetFiles', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'seed-export-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('neutralises formulas; the importer reads every value back exactly, in each language and encoding', async () => {
    const dataset = tricky();
    const digests = new Set<string>();
    for (const [language, encoding] of [
      ['en', 'utf8'],
      ['ko', 'utf8-bom'],
      ['ko', 'cp949'],
    ] as const) {
      const dir = join(scratch, `${language}-${encoding}`);
      const { digest, files } = writeDatasetFiles(dataset, dir, { language, encoding });
      digests.add(digest);
      expect(files).toHaveLength(11);
      expect(withoutOrigin(await readBack(dir))).toEqual(withoutOrigin(dataset));
    }
    expect(digests.size).toBe(1);
    const text = readFileSync(join(scratch, 'en-utf8', 'organizations.csv'), 'utf8');
    expect(text).toContain(`T-EXP-ORG-0,"'=HYPERLINK(""http://evil"")",`);
    expect(text).toContain(`T-EXP-ORG-2,-5,`);
    expect(text).toContain(`T-EXP-ORG-4,''=already quoted,`);
    expect(text).not.toMatch(/(^|,)[=+@]/m);
    expect(readFileSync(join(scratch, 'ko-utf8-bom', '기관.csv')).subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
    expect(readFileSync(join(scratch, 'ko-cp949', '기관.csv')).includes(Buffer.from('아이디', 'utf8'))).toBe(false);
  });

  it('refuses to write CP949 that would lose characters, naming them', () => {
    const dataset = emptyDataset();
    dataset.organizations = [organization('T-EXP-ORG-E', { name: '바이오 🧬 랩' })];
    expect(() => writeDatasetFiles(dataset, join(scratch, 'emoji'), { encoding: 'cp949' })).toThrow(
      ExportEncodingError,
    );
    try {
      writeDatasetFiles(dataset, join(scratch, 'emoji'), { encoding: 'cp949' });
    } catch (error) {
      expect((error as ExportEncodingError).problems).toEqual([
        { file: 'organizations.csv', row: 2, column: '', value: '🧬', expected: 'a character CP949 can hold' },
      ]);
    }
  });
});
