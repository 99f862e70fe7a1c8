import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, nextLine, problemsOf, validTexts, VALID_DIR, variant } from '../../test/dataset-fixtures.ts';
import { DatasetInvalidError, formatProblem } from './problem.ts';
import { readDataset } from './read-dataset.ts';

const PROV = 'test:fixture,true';
const ORG = 'organizations.csv';
const COLLAB = 'collaborations.csv';
const at = (file: string) => nextLine(file);

describe('buildDataset: a valid dataset', () => {
  it('passes and is typed: numbers, booleans, lists, defaults, nulls', () => {
    const dataset = build(validTexts());
    expect(dataset.organizations.map((org) => org.id)).toEqual([
      'T-LOAD-ORG-UNI',
      'T-LOAD-ORG-CO1',
      'T-LOAD-ORG-CO2',
      'T-LOAD-ORG-HOSP',
    ]);
    const [uni, co1] = dataset.organizations;
    expect(uni).toMatchObject({
      aliases: ['서울대', 'SNU'],
      founded: 1946,
      employees: null,
      synthetic: true,
      sector: null,
    });
    expect(co1?.description).toBe('배지, 필터를 만든다.\n두 번째 줄.');
    expect(dataset.collaborations.map((link) => link.weight)).toEqual([2.5, 1, 1]);
    expect(dataset.hubs[0]).toMatchObject({
      id: 'T-LOAD-HUB-A',
      lat: 37.37,
      lng: 126.73,
      role: 'R&D 거점 (대학, 병원)',
    });
    expect(dataset.projects[0]).toMatchObject({ startYear: 2024, endYear: 2026, budgetMillionKrw: 1500.5 });
  });
});

describe('buildDataset: problems, each with file, row and column', () => {
  it('a required column missing from the header, and an unknown column', () => {
    const texts = variant({
      replace: { 'hubs.csv': 'id,name,nameEN,source,synthetic\nT-LOAD-HUB-A,가,A,x,true\nT-LOAD-HUB-B,나,B,x,true\n' },
    });
    expect(problemsOf(texts)).toEqual([
      { file: 'hubs.csv', row: 1, column: 'nameEn', value: '', expected: 'a column "nameEn" (required)' },
      {
        file: 'hubs.csv',
        row: 1,
        column: 'nameEN',
        value: 'nameEN',
        expected: expect.stringMatching(/^a column of hubs.csv: id, name, nameEn/),
      },
    ]);
  });

  it('an empty required cell', () => {
    const row = at(ORG);
    const texts = variant({ append: { [ORG]: [`T-LOAD-ORG-X,  ,X,,COMPANY,,,,,ACTIVE,,,,${PROV}`] } });
    expect(problemsOf(texts)).toEqual([
      { file: ORG, row, column: 'name', value: '  ', expected: 'a value (name is required)' },
    ]);
  });

  it('bad integers, numbers, booleans, dates and enum values', () => {
    const orgRow = at(ORG);
    const linkRow = at(COLLAB);
    const texts = variant({
      append: {
        [ORG]: [`T-LOAD-ORG-X,엑스,X,,company,,,19x5,-3,ACTIVE,,,,test:fixture,yes`],
        [COLLAB]: [`T-LOAD-LNK-X,T-LOAD-ORG-UNI,T-LOAD-ORG-CO2,MOU,2023-02-29,,0,,${PROV}`],
      },
    });
    expect(problemsOf(texts)).toEqual([
      { file: COLLAB, row: linkRow, column: 'since', value: '2023-02-29', expected: 'a date YYYY-MM-DD' },
      { file: COLLAB, row: linkRow, column: 'weight', value: '0', expected: 'a number greater than 0' },
      { file: ORG, row: orgRow, column: 'employees', value: '-3', expected: 'an integer of at least 0' },
      { file: ORG, row: orgRow, column: 'founded', value: '19x5', expected: 'a year from 1800 to 2100' },
      {
        file: ORG,
        row: orgRow,
        column: 'kind',
        value: 'company',
        expected:
          'one of COMPANY (기업), UNIVERSITY (대학), HOSPITAL (병원), RESEARCH_INSTITUTE (연구기관), PUBLIC_AGENCY ' +
          '(공공기관), SUPPORT_ORG (지원기관)',
      },
      { file: ORG, row: orgRow, column: 'synthetic', value: 'yes', expected: 'true or false (예 or 아니오)' },
    ]);
  });

  it('short and long rows, with their line', () => {
    const row = at('hubs.csv');
    const texts = variant({ append: { 'hubs.csv': ['T-LOAD-HUB-C,다,C', `T-LOAD-HUB-D,라,D,,,,,${PROV},extra`] } });
    expect(problemsOf(texts)).toEqual([
      { file: 'hubs.csv', row, column: '', value: 'T-LOAD-HUB-C,다,C', expected: '9 cells as in the header, not 3' },
      {
        file: 'hubs.csv',
        row: row + 1,
        column: '',
        value: `T-LOAD-HUB-D,라,D,,,,,${PROV},extra`,
        expected: '9 cells as in the header, not 10',
      },
    ]);
  });

  it('a duplicate id within a file, and a duplicate pair in a link file', () => {
    const orgRow = at(ORG);
    const attRow = at('attendance.csv');
    const texts = variant({
      append: {
        [ORG]: [`T-LOAD-ORG-CO2,또,Again,,COMPANY,,,,,ACTIVE,,,,${PROV}`],
        'attendance.csv': [`T-LOAD-ORG-UNI,T-LOAD-EVT-1,SPEAKER,${PROV}`],
      },
    });
    expect(problemsOf(texts)).toEqual([
      {
        file: 'attendance.csv',
        row: attRow,
        column: 'eventId',
        value: 'T-LOAD-EVT-1',
        expected: 'a eventId not already listed for orgId T-LOAD-ORG-UNI (see attendance.csv:2)',
      },
      {
        file: ORG,
        row: orgRow,
        column: 'id',
        value: 'T-LOAD-ORG-CO2',
        expected: 'a unique id (T-LOAD-ORG-CO2 is already at organizations.csv:5)',
      },
    ]);
  });

  it('a duplicate id across two files of the same type', () => {
    const texts = validTexts();
    const header = texts[ORG]?.split(/\r?\n/)[0] ?? '';
    const second = {
      file: ORG,
      header: header.split(','),
      complete: true,
      records: [{ line: 2, cells: `T-LOAD-ORG-UNI,중복,Dup,,COMPANY,,,,,ACTIVE,,,,${PROV}`.split(',') }],
    };
    const problems = problemsOf(texts, [second]);
    expect(problems).toEqual([
      {
        file: ORG,
        row: 2,
        column: 'id',
        value: 'T-LOAD-ORG-UNI',
        expected: 'a unique id (T-LOAD-ORG-UNI is already at organizations.csv:2)',
      },
    ]);
  });

  it('references that do not resolve, in every reference column', () => {
    const rows = {
      [ORG]: at(ORG),
      'capabilities.csv': at('capabilities.csv'),
      'programs.csv': at('programs.csv'),
      'events.csv': at('events.csv'),
      'organization_capabilities.csv': at('organization_capabilities.csv'),
      'organization_needs.csv': at('organization_needs.csv'),
      [COLLAB]: at(COLLAB),
      'attendance.csv': at('attendance.csv'),
      'project_members.csv': at('project_members.csv'),
    };
    const texts = variant({
      append: {
        [ORG]: [`T-LOAD-ORG-X,엑스,X,,COMPANY,T-NO-HUB,T-NO-SEC,,,ACTIVE,,,,${PROV}`],
        'capabilities.csv': [`T-LOAD-CAP-X,엑스,X,CAPABILITY,T-NO-CAP,${PROV}`],
        'programs.csv': [`T-LOAD-PRG-X,엑스,X,T-NO-PRG,,,${PROV}`],
        'events.csv': [`T-LOAD-EVT-X,엑스,X,FORUM,2025-01-01,T-NO-PRG,T-NO-HUB,${PROV}`],
        'organization_capabilities.csv': [`T-NO-ORG,T-NO-CAP,${PROV}`],
        'organization_needs.csv': [`T-NO-ORG,T-NO-CAP,2,${PROV}`],
        [COLLAB]: [`T-LOAD-LNK-X,T-NO-ORG,T-NO-ORG-2,MOU,2025-01-01,,,,${PROV}`],
        'attendance.csv': [`T-NO-ORG,T-NO-EVT,HOST,${PROV}`],
        'project_members.csv': [`T-NO-PRJ,T-NO-ORG,LEAD,${PROV}`],
      },
    });
    const found = problemsOf(texts).map(
      (problem) => `${problem.file}:${problem.row}:${problem.column}=${problem.value} (${problem.expected})`,
    );
    expect(found).toEqual([
      `attendance.csv:${rows['attendance.csv']}:eventId=T-NO-EVT (an id defined in events.csv)`,
      `attendance.csv:${rows['attendance.csv']}:orgId=T-NO-ORG (an id defined in organizations.csv)`,
      `capabilities.csv:${rows['capabilities.csv']}:broader=T-NO-CAP (an id defined in capabilities.csv)`,
      `${COLLAB}:${rows[COLLAB]}:from=T-NO-ORG (an id defined in organizations.csv)`,
      `${COLLAB}:${rows[COLLAB]}:to=T-NO-ORG-2 (an id defined in organizations.csv)`,
      `events.csv:${rows['events.csv']}:hub=T-NO-HUB (an id defined in hubs.csv)`,
      `events.csv:${rows['events.csv']}:program=T-NO-PRG (an id defined in programs.csv)`,
      `organization_capabilities.csv:${rows['organization_capabilities.csv']}:capabilityId=T-NO-CAP (an id ` +
        `defined in capabilities.csv)`,
      `organization_capabilities.csv:${rows['organization_capabilities.csv']}:orgId=T-NO-ORG (an id defined in ` +
        `organizations.csv)`,
      `organization_needs.csv:${rows['organization_needs.csv']}:capabilityId=T-NO-CAP (an id defined in ` +
        `capabilities.csv)`,
      `organization_needs.csv:${rows['organization_needs.csv']}:orgId=T-NO-ORG (an id defined in organizations.csv)`,
      `${ORG}:${rows[ORG]}:hub=T-NO-HUB (an id defined in hubs.csv)`,
      `${ORG}:${rows[ORG]}:sector=T-NO-SEC (an id defined in capabilities.csv)`,
      `programs.csv:${rows['programs.csv']}:parent=T-NO-PRG (an id defined in programs.csv)`,
      `project_members.csv:${rows['project_members.csv']}:orgId=T-NO-ORG (an id defined in organizations.csv)`,
      `project_members.csv:${rows['project_members.csv']}:projectId=T-NO-PRJ (an id defined in projects.csv)`,
    ]);
  });

  it('a sector that is a capability, not a SECTOR', () => {
    const row = at(ORG);
    const texts = variant({
      append: { [ORG]: [`T-LOAD-ORG-X,엑스,X,,COMPANY,,T-LOAD-CAP-MEDIA,,,ACTIVE,,,,${PROV}`] },
    });
    expect(problemsOf(texts)).toEqual([
      {
        file: ORG,
        row,
        column: 'sector',
        value: 'T-LOAD-CAP-MEDIA',
        expected: 'an id in capabilities.csv with level SECTOR',
      },
    ]);
  });

  it('a self-link, and a link that ends before it begins', () => {
    const row = at(COLLAB);
    const texts = variant({
      append: {
        [COLLAB]: [
          `T-LOAD-LNK-X,T-LOAD-ORG-CO2,T-LOAD-ORG-CO2,MOU,2025-01-01,,,,${PROV}`,
          `T-LOAD-LNK-Y,T-LOAD-ORG-CO2,T-LOAD-ORG-UNI,MOU,2025-01-01,2024-12-31,,,${PROV}`,
        ],
      },
    });
    expect(problemsOf(texts)).toEqual([
      {
        file: COLLAB,
        row,
        column: 'to',
        value: 'T-LOAD-ORG-CO2',
        expected: 'an organisation other than from (no self-links)',
      },
      {
        file: COLLAB,
        row: row + 1,
        column: 'until',
        value: '2024-12-31',
        expected: 'a date on or after since (2025-01-01)',
      },
    ]);
  });

  it('the same pair, kind and start date twice, either way round', () => {
    const row = at(COLLAB);
    const texts = variant({
      append: { [COLLAB]: [`T-LOAD-LNK-X,T-LOAD-ORG-CO1,T-LOAD-ORG-UNI,JOINT_RD,2024-02-29,,,,${PROV}`] },
    });
    expect(problemsOf(texts)).toEqual([
      {
        file: COLLAB,
        row,
        column: 'since',
        value: '2024-02-29',
        expected:
          'one JOINT_RD link between T-LOAD-ORG-CO1 and T-LOAD-ORG-UNI per start date (already at ' +
          'collaborations.csv:2)',
      },
    ]);
  });

  it('a SECTOR with a broader capability, and a broader chain that loops', () => {
    const row = at('capabilities.csv');
    const texts = variant({
      append: {
        'capabilities.csv': [
          `T-LOAD-SEC-X,엑스,X,SECTOR,T-LOAD-SEC-BIO,${PROV}`,
          `T-LOAD-CAP-P,피,P,CAPABILITY,T-LOAD-CAP-Q,${PROV}`,
          `T-LOAD-CAP-Q,큐,Q,CAPABILITY,T-LOAD-CAP-P,${PROV}`,
        ],
      },
    });
    expect(problemsOf(texts)).toEqual([
      {
        file: 'capabilities.csv',
        row,
        column: 'broader',
        value: 'T-LOAD-SEC-BIO',
        expected: 'no broader capability for a SECTOR',
      },
      {
        file: 'capabilities.csv',
        row: row + 1,
        column: 'broader',
        value: 'T-LOAD-CAP-Q',
        expected: 'a broader chain that ends (it loops: T-LOAD-CAP-P → T-LOAD-CAP-Q → T-LOAD-CAP-P)',
      },
    ]);
  });

  it('a project that ends before it starts', () => {
    const row = at('projects.csv');
    const texts = variant({ append: { 'projects.csv': [`T-LOAD-PRJ-X,엑스,X,재단,2025,2024,,${PROV}`] } });
    expect(problemsOf(texts)).toEqual([
      { file: 'projects.csv', row, column: 'endYear', value: '2024', expected: 'a year on or after startYear (2025)' },
    ]);
  });

  it('collects every problem of every file in one report', () => {
    const texts = variant({
      append: {
        [ORG]: [`T-LOAD-ORG-X,엑스,X,,ALIEN,,,,,ACTIVE,,,,${PROV}`],
        'hubs.csv': ['short'],
        [COLLAB]: [`T-LOAD-LNK-X,T-LOAD-ORG-UNI,T-NO,MOU,2025-01-01,,,,${PROV}`],
      },
    });
    expect(problemsOf(texts).map((problem) => problem.file)).toEqual([COLLAB, 'hubs.csv', ORG]);
  });
});

describe('readDataset', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'seed-dataset-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads the valid fixture folder', async () => {
    const dataset = await readDataset(VALID_DIR);
    expect(dataset.organizations).toHaveLength(4);
    expect(dataset.collaborations).toHaveLength(3);
  });

  it('reports a missing file once, without a cascade of unresolved references into it', async () => {
    const dir = join(scratch, 'no-events');
    cpSync(VALID_DIR, dir, { recursive: true });
    rmSync(join(dir, 'events.csv'));
    const error = await readDataset(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatasetInvalidError);
    expect((error as DatasetInvalidError).problems).toEqual([
      { file: 'events.csv', row: 0, column: '', value: '', expected: 'a file events.csv in the dataset folder' },
    ]);
  });

  it('reports a folder that does not exist', async () => {
    await expect(readDataset(join(scratch, 'nowhere'))).rejects.toThrow(/a folder holding the dataset CSV files/);
  });
});

describe('formatProblem', () => {
  it('reads file:row:column: expected X, got "v"', () => {
    expect(
      formatProblem({ file: ORG, row: 7, column: 'founded', value: '19x5', expected: 'a year from 1800 to 2100' }),
    ).toBe('organizations.csv:7:founded: expected a year from 1800 to 2100, got "19x5"');
    expect(
      formatProblem({
        file: 'events.csv',
        row: 0,
        column: '',
        value: '',
        expected: 'a file events.csv in the dataset folder',
      }),
    ).toBe('events.csv: expected a file events.csv in the dataset folder');
  });
});
