// The corpus of awkward and bad files (seed/test/fixtures/bad/<case>/, each with expected.json): every file is
// either imported exactly or rejected whole, every problem at its row and column, with zero writes (the
// whole graph's counts and content hash unchanged). Plus an XLSX workbook and a 10 MB file made here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@siheung/core/test-support';
import { FIXTURES_DIR } from '../../test/dataset-fixtures.ts';
import { contentHash, deletePrefix, dumpGraph, entry, graphChanges, type DumpEntry } from '../../test/graph-dump.ts';
import { runCli } from '../cli.ts';
import { collectInputs } from './import-input.ts';
import { importFiles } from './import-files.ts';
import { testNeo4jEnv } from '@siheung/core/test-support';

const PREFIX = 'T-BADF-';
const BAD_DIR = join(FIXTURES_DIR, 'bad');

interface Expected {
  imported?: Record<string, string>;
  description?: Record<string, string>;
  problems?: string[];
}

const where = (problem: { file: string; row: number; column: string }): string =>
  [problem.file, problem.row || '', problem.column].filter((part) => part !== '').join(':');

describe('the corpus of bad files', () => {
  const db = openTestDatabase();
  let before: DumpEntry[];
  const snapshot = () => dumpGraph(db, '');

  beforeAll(async () => {
    await deletePrefix(db, PREFIX);
  });
  beforeEach(async () => {
    await deletePrefix(db, PREFIX);
    before = await snapshot();
  });
  afterAll(async () => {
    await deletePrefix(db, PREFIX);
    await db.close();
  });

  const cases = readdirSync(BAD_DIR).sort();

  it.each(cases)('%s', async (name) => {
    const dir = join(BAD_DIR, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const { inputs } = await collectInputs([dir]);
    const report = await importFiles(db, inputs);
    if (expected.problems) {
      // Rejected whole: exactly these cells, nothing written.
      expect(report.problems.map(where)).toEqual(expected.problems);
      expect(report.summary).toBeNull();
      expect(graphChanges(before, await snapshot())).toEqual([]);
      return;
    }
    expect(report.problems).toEqual([]);
    const dump = await dumpGraph(db, PREFIX);
    for (const [id, nameKo] of Object.entries(expected.imported ?? {})) {
      expect(entry(dump, id).props).toMatchObject({
        name: nameKo,
        source: inputs[0]?.name,
        importedFrom: inputs[0]?.name,
        synthetic: false,
      });
    }
    for (const [id, description] of Object.entries(expected.description ?? {}))
      expect(entry(dump, id).props.description).toBe(description);
    expect(
      dump
        .filter((item) => item.kind === 'node')
        .map((item) => item.key)
        .sort(),
    ).toEqual(Object.keys(expected.imported ?? {}).sort());
  });

  it('names the byte offset and line of invalid bytes, and never stores U+FFFD', async () => {
    const { inputs } = await collectInputs([join(BAD_DIR, 'invalid-cp949'), join(BAD_DIR, 'invalid-bytes')]);
    const offsetOf = (file: string, byte: number): number => readFileSync(join(BAD_DIR, file)).indexOf(byte);
    const report = await importFiles(db, inputs);
    expect(report.problems.map((problem) => `${where(problem)} ${problem.value} | ${problem.expected}`).sort()).toEqual(
      [
        expect.stringContaining(
          `organizations.csv:3 0xFF 0xFE 0x2C 0x58 | UTF-8 text, but byte offset ` +
            `${offsetOf('invalid-bytes/organizations.csv', 0xff)} is not`,
        ),
        expect.stringContaining(
          `기관.csv:3 0xC9 0x20 0xB0 0xA1 | CP949 (EUC-KR) text, but byte offset ` +
            `${offsetOf('invalid-cp949/기관.csv', 0xc9)} is not`,
        ),
      ],
    );
    expect(graphChanges(before, await snapshot())).toEqual([]);
  });

  it('imports an XLSX workbook with Korean sheet names and headers, Excel dates; again, changes nothing', async () => {
    const workbook = await writeExcelFile([
      {
        sheet: '기관',
        data: [
          ['아이디', '이름', '영문명', '유형', '상태', '설립연도'],
          [`${PREFIX}ORG-X1`, '엑셀바이오', 'Excel Bio', '기업', '운영', 2019],
          [`${PREFIX}ORG-X2`, '=위험한 이름', 'Formula Co', 'COMPANY', 'ACTIVE', null],
        ],
      },
      {
        sheet: '협력관계',
        data: [
          ['아이디', '주체기관', '상대기관', '유형', '시작일'],
          [
            `${PREFIX}LNK-X1`,
            `${PREFIX}ORG-X1`,
            'ORG-SNUH',
            '공동연구',
            { value: new Date(Date.UTC(2024, 1, 29)), type: Date, format: 'yyyy-mm-dd' },
          ],
        ],
      },
      { sheet: '설명', data: [[null]] },
    ] as never).toBuffer();
    const inputs = [{ name: '수요조사 2025.xlsx', bytes: new Uint8Array(workbook) }];
    const report = await importFiles(db, inputs);
    expect(report.problems).toEqual([]);
    expect(report.files.map((file) => [file.file, file.type, file.rows, file.headers])).toEqual([
      ['수요조사 2025.xlsx[기관]', 'organizations', 2, 'ko'],
      ['수요조사 2025.xlsx[협력관계]', 'collaborations', 1, 'ko'],
    ]);
    const dump = await dumpGraph(db, PREFIX);
    expect(entry(dump, `${PREFIX}ORG-X1`).props).toMatchObject({
      kind: 'COMPANY',
      status: 'ACTIVE',
      founded: 2019,
      importedFrom: '수요조사 2025.xlsx[기관]',
    });
    expect(entry(dump, `${PREFIX}ORG-X2`).props.name).toBe('=위험한 이름');
    expect(entry(dump, `${PREFIX}ORG-X1 -COLLABORATES_WITH-> ORG-SNUH`).props).toMatchObject({
      kind: 'JOINT_RD',
      since: '2024-02-29',
    });

    const again = await importFiles(db, inputs);
    expect(again.summary?.organizations).toEqual({ rows: 2, created: 0, updated: 0, unchanged: 2 });
    expect(contentHash(await dumpGraph(db, PREFIX))).toBe(contentHash(dump));
  });

  it('rejects a 10 MB file whole, naming its bad rows, within seconds and without writing', async () => {
    const header = 'id,name,nameEn,kind,status,description\n';
    const lines: string[] = [];
    const filler = '시흥 바이오 클러스터의 가상 기업으로 세포배양 배지와 필터를 만든다. '.repeat(3);
    for (let row = 0, bytes = header.length; bytes < 10 * 1024 * 1024; row += 1) {
      const kind = row === 4 ? 'ALIEN' : 'COMPANY';
      lines.push(
        `${PREFIX}ORG-${String(row).padStart(6, '0')},가상기업 ${row},Virtual ${row},${kind},ACTIVE,"${filler}"`,
      );
      bytes += Buffer.byteLength(lines.at(-1) ?? '') + 1;
    }
    lines.push(`${PREFIX}ORG-LAST,마지막,Last,COMPANY,SOMEDAY,`);
    const text = `${header}${lines.join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(10 * 1024 * 1024);
    const started = Date.now();
    const report = await importFiles(db, [{ name: 'organizations.csv', bytes: new TextEncoder().encode(text) }]);
    expect(report.problems.map(where)).toEqual([
      'organizations.csv:6:kind',
      `organizations.csv:${lines.length + 1}:status`,
    ]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(graphChanges(before, await snapshot())).toEqual([]);
  });

  it('prints every problem on its own line through the CLI, exits 1, and shows no stack trace', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['import', join(BAD_DIR, 'wrong-enum'), join(BAD_DIR, 'dangling-reference')], {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      env: testNeo4jEnv(),
    });
    expect(code).toBe(1);
    expect(out).toEqual([
      expect.stringMatching(/^ {2}organizations\.csv +organizations +2 rows {2}utf-8, English headers$/),
      expect.stringMatching(/^ {2}collaborations\.csv +collaborations +2 rows/),
    ]);
    expect(err[0]).toMatch(/has 3 problems; nothing was written$/);
    expect(err.slice(1)).toEqual([
      'collaborations.csv:2:to: expected an id defined in organizations.csv or already in the database, got ' +
        '"T-BADF-ORG-NOPE"',
      'collaborations.csv:3:from: expected an id defined in organizations.csv or already in the database, got ' +
        '"T-BADF-ORG-GONE"',
      'organizations.csv:2:kind: expected one of COMPANY (기업), UNIVERSITY (대학), HOSPITAL (병원), ' +
        'RESEARCH_INSTITUTE (연구기관), PUBLIC_AGENCY (공공기관), SUPPORT_ORG (지원기관), got "ALIEN"',
    ]);
    expect(err.join('\n')).not.toMatch(/\bat .*\.ts:\d+/);
    expect(graphChanges(before, await snapshot())).toEqual([]);
  });
});
