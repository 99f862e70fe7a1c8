// Builds the sample dataset of the Siheung bio cluster: seed/data/sample/*.csv (format: docs/data.md).
//
// Real rows (institutions, hubs, taxonomy, programme, documented links and events) are hand-written in
// seed/data/sample-real/*.csv and copied through unchanged. Everything else is invented here, marked
// synthetic=true with a `synthetic:` source: ~120 fictional companies, their capabilities and survey needs,
// ~500 collaboration links, programme events with attendance, and R&D projects. A seeded PRNG (mulberry32)
// makes the output deterministic: running this twice gives byte-identical files, and the output is committed.
//
// Run from the repository root: node_modules/.bin/tsx seed/scripts/make-sample-data.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '@siheung/core/random';
import { parse } from 'csv-parse/sync';

// ---------------------------------------------------------------------------------------------------------
// Constants and the file format (the contract with the loader: /docs/data.md)
// ---------------------------------------------------------------------------------------------------------

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const REAL_DIR = join(SEED_DIR, 'data', 'sample-real');
const OUT_DIR = join(SEED_DIR, 'data', 'sample');

const SYN = 'synthetic:sample-v1';
const SURVEY = 'synthetic:demand-survey-2025';
const FIRST_LINK_DATE = '2015-01-01';
const DATA_END = '2026-10-31';
const PRNG_SEED = 20250610; // the date of the programme's press release; any constant would do

const COLUMNS = {
  hubs: ['id', 'name', 'nameEn', 'role', 'roleEn', 'lat', 'lng', 'source', 'synthetic'],
  capabilities: ['id', 'name', 'nameEn', 'level', 'broader', 'source', 'synthetic'],
  organizations: [
    'id',
    'name',
    'nameEn',
    'aliases',
    'kind',
    'hub',
    'sector',
    'founded',
    'employees',
    'status',
    'description',
    'descriptionEn',
    'website',
    'source',
    'synthetic',
  ],
  organization_capabilities: ['orgId', 'capabilityId', 'source', 'synthetic'],
  organization_needs: ['orgId', 'capabilityId', 'priority', 'source', 'synthetic'],
  collaborations: ['id', 'from', 'to', 'kind', 'since', 'until', 'weight', 'title', 'source', 'synthetic'],
  programs: ['id', 'name', 'nameEn', 'parent', 'description', 'descriptionEn', 'source', 'synthetic'],
  events: ['id', 'name', 'nameEn', 'type', 'date', 'program', 'hub', 'source', 'synthetic'],
  attendance: ['orgId', 'eventId', 'role', 'source', 'synthetic'],
  projects: ['id', 'title', 'titleEn', 'funder', 'startYear', 'endYear', 'budgetMillionKrw', 'source', 'synthetic'],
  project_members: ['projectId', 'orgId', 'role', 'source', 'synthetic'],
} as const;

type FileName = keyof typeof COLUMNS;
type Cell = string | number | boolean | undefined;
type Row = Record<string, Cell>;

type OrgKind = 'COMPANY' | 'UNIVERSITY' | 'HOSPITAL' | 'RESEARCH_INSTITUTE' | 'PUBLIC_AGENCY' | 'SUPPORT_ORG';
type LinkKind = 'JOINT_RD' | 'CO_PUBLICATION' | 'CLINICAL_TRIAL' | 'TECH_TRANSFER' | 'SUPPLY' | 'MOU' | 'INVESTMENT';
type EventType = 'TECH_EXCHANGE' | 'WORKSHOP' | 'POLICY_ROUNDTABLE' | 'FORUM' | 'SALON' | 'KICKOFF' | 'TRAINING';

// ---------------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------------

// Rng is the workspace's one seeded source (@siheung/core/random), the same one the data generator uses.

/** Index access that fails loudly instead of yielding undefined (noUncheckedIndexedAccess). */
function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`index ${i} out of range (${xs.length})`);
  return x;
}

function get<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`missing key ${String(key)}`);
  return v;
}

// ---------------------------------------------------------------------------------------------------------
// CSV in and out
// ---------------------------------------------------------------------------------------------------------

function csvCell(value: Cell): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(file: FileName, rows: readonly Row[]): string {
  const cols = COLUMNS[file];
  const lines = [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\n')}\n`;
}

/** The hand-written real rows for one file (none when the file is absent); the header must match the spec. */
function readReal(file: FileName): Row[] {
  const path = join(REAL_DIR, `${file}.csv`);
  if (!existsSync(path)) return [];
  const records = parse(readFileSync(path, 'utf8'), { skip_empty_lines: true }) as string[][];
  const [header, ...body] = records;
  if (header?.join(',') !== COLUMNS[file].join(',')) throw new Error(`${path}: header differs from the spec`);
  return body.map((cells) => Object.fromEntries(header.map((c, i) => [c, cells[i] ?? ''])));
}

function str(row: Row, col: string): string {
  const v = row[col];
  return v === undefined ? '' : String(v);
}

// ---------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------

const pad2 = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;
const yearOf = (date: string): number => Number(date.slice(0, 4));
const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** A day in the given year, not before `from` and not after DATA_END (days 1–28 keep every month valid). */
function dateInYear(rng: Rng, year: number, from = FIRST_LINK_DATE): string {
  for (let tries = 0; tries < 40; tries++) {
    const d = ymd(year, rng.int(1, 12), rng.int(1, 28));
    if (d >= from && d <= DATA_END) return d;
  }
  return maxDate(from, ymd(year, 1, 1));
}

function addMonths(date: string, months: number): string {
  const y = yearOf(date);
  const m = Number(date.slice(5, 7)) - 1 + months;
  return ymd(y + Math.floor(m / 12), (m % 12) + 1, Number(date.slice(8, 10)));
}

// ---------------------------------------------------------------------------------------------------------
// The nodes the generator reasons about
// ---------------------------------------------------------------------------------------------------------

interface GenNode {
  id: string;
  kind: OrgKind;
  status: 'ACTIVE' | 'PLANNED';
  hub: string;
  sector: string;
  caps: Set<string>;
  needs: Set<string>;
  /** First date the organisation can take part in a link or event. */
  activeFrom: string;
  /** Attractiveness before preferential attachment: institutions and lead firms are the cluster's hubs. */
  base: number;
  /** Link kinds this organisation can take part in (either role). */
  kinds: ReadonlySet<LinkKind>;
  employees: number;
  founded: number;
  lead: boolean;
  /** Kept at exactly one link so the explorer has visible gaps. */
  loner: boolean;
}

const ACADEMIC: ReadonlySet<OrgKind> = new Set(['UNIVERSITY', 'RESEARCH_INSTITUTE', 'HOSPITAL']);

/**
 * Generator parameters for the real institutions (not facts: how likely each is to appear in invented links).
 * `from` keeps synthetic links after the documented start of an institution (e.g. KTR's agreement, the
 * training centre's opening); `kinds` keeps link kinds plausible for what the institution does.
 */
const REAL_PARAMS: Record<string, { base: number; from: string; kinds: LinkKind[] }> = {
  'ORG-SIHEUNG-CITY': { base: 3, from: '2015-01-01', kinds: ['MOU'] },
  'ORG-SIHEUNG-IPA': { base: 30, from: '2015-01-01', kinds: ['MOU'] },
  'ORG-SNU-SIHEUNG': { base: 9, from: '2015-01-01', kinds: ['JOINT_RD', 'CO_PUBLICATION', 'TECH_TRANSFER', 'MOU'] },
  'ORG-SNU-IFI': { base: 3, from: '2019-01-01', kinds: ['JOINT_RD', 'CO_PUBLICATION', 'MOU'] },
  'ORG-SNU-PHARMABIO': { base: 5, from: '2025-07-07', kinds: ['MOU'] },
  'ORG-SNUH-BAEGOT': { base: 2, from: '2025-09-29', kinds: ['MOU'] },
  'ORG-SNUH': { base: 9, from: '2015-01-01', kinds: ['CLINICAL_TRIAL', 'CO_PUBLICATION', 'JOINT_RD', 'MOU'] },
  'ORG-KTR-SIHEUNG': { base: 50, from: '2025-05-07', kinds: ['MOU', 'JOINT_RD', 'TECH_TRANSFER', 'CO_PUBLICATION'] },
  'ORG-TUKOREA': { base: 9, from: '2015-01-01', kinds: ['JOINT_RD', 'CO_PUBLICATION', 'TECH_TRANSFER', 'MOU'] },
  'ORG-KITECH-SIHEUNG': { base: 5, from: '2015-09-01', kinds: ['JOINT_RD', 'TECH_TRANSFER', 'CO_PUBLICATION', 'MOU'] },
  'ORG-GG-IACI': { base: 2, from: '2015-01-01', kinds: ['MOU', 'JOINT_RD'] },
  'ORG-GYEONGGI': { base: 2, from: '2015-01-01', kinds: ['MOU', 'INVESTMENT'] },
  'ORG-GBSA': { base: 3, from: '2015-01-01', kinds: ['MOU', 'INVESTMENT'] },
  'ORG-SIHEUNG-RI': { base: 2, from: '2025-03-06', kinds: ['MOU', 'CO_PUBLICATION'] },
  'ORG-GFEZ': { base: 2, from: '2020-01-01', kinds: ['MOU'] },
  'ORG-KOREABIO': { base: 3, from: '2015-01-01', kinds: ['MOU'] },
};

function realNode(row: Row, caps: Set<string>): GenNode {
  const id = str(row, 'id');
  const p = REAL_PARAMS[id];
  if (!p) throw new Error(`no generator parameters for real organisation ${id}`);
  const kind = str(row, 'kind') as OrgKind;
  if (kind === 'COMPANY') throw new Error(`${id}: the sample has no real companies`);
  return {
    id,
    kind,
    status: str(row, 'status') as GenNode['status'],
    hub: str(row, 'hub'),
    sector: str(row, 'sector'),
    caps,
    needs: new Set(),
    activeFrom: p.from,
    base: p.base,
    kinds: new Set(p.kinds),
    employees: 0,
    founded: 0,
    lead: false,
    loner: false,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Fictional companies
// ---------------------------------------------------------------------------------------------------------

/** Capabilities a company of a sector typically offers. */
const SECTOR_CAPS: Record<string, string[]> = {
  'SEC-ANTIBODY': ['CAP-ANTIBODY-DISCOVERY', 'CAP-PROTEIN-ENG', 'CAP-CELL-LINE-DEV', 'CAP-PRECLINICAL-TOX'],
  'SEC-VACCINE': ['CAP-MRNA-LNP', 'CAP-PROCESS-DEV', 'CAP-VIRAL-VECTOR'],
  'SEC-CGT': ['CAP-GENE-EDITING', 'CAP-CELL-THERAPY-MFG', 'CAP-VIRAL-VECTOR', 'CAP-CULTURE-MEDIA'],
  'SEC-BIOSIMILAR': ['CAP-COMPARABILITY', 'CAP-CELL-LINE-DEV', 'CAP-PROCESS-DEV', 'CAP-FILL-FINISH'],
  'SEC-CDMO': ['CAP-PROCESS-DEV', 'CAP-CELL-LINE-DEV', 'CAP-FILL-FINISH', 'CAP-QC-TESTING', 'CAP-GMP-VALIDATION'],
  'SEC-MEDDEVICE': ['CAP-BIOSENSOR', 'CAP-IVD-KIT', 'CAP-REGULATORY', 'CAP-MED-IMAGING-AI'],
  'SEC-DIGITAL-HEALTH': ['CAP-MED-DATA', 'CAP-MED-IMAGING-AI', 'CAP-BIOSENSOR'],
  'SEC-AI-DRUG': ['CAP-AI-TARGET', 'CAP-AI-MOLECULE', 'CAP-MED-DATA'],
  'SEC-CLINICAL': ['CAP-PRECLINICAL-TOX', 'CAP-CLINICAL-OPS', 'CAP-REGULATORY'],
  'SEC-TESTING': ['CAP-QC-TESTING', 'CAP-GMP-VALIDATION', 'CAP-REGULATORY'],
  'SEC-BIOPRINTING': ['CAP-BIOINK', 'CAP-CULTURE-MEDIA', 'CAP-CELL-THERAPY-MFG'],
  'SEC-SOBUJANG': [
    'CAP-CULTURE-MEDIA',
    'CAP-CHROM-RESIN',
    'CAP-BUFFER',
    'CAP-FILTER',
    'CAP-SINGLE-USE-BAG',
    'CAP-VIAL-PFS',
    'CAP-BIOREACTOR',
    'CAP-PURIFICATION-EQ',
    'CAP-CENTRIFUGE',
    'CAP-PUMP',
    'CAP-CLEAN-BENCH',
    'CAP-COLD-CHAIN',
  ],
  'SEC-CONVERSION': ['CAP-MACHINING', 'CAP-METALWORK', 'CAP-MOULD', 'CAP-COATING', 'CAP-HEAT-TREATMENT'],
};

/** What a conversion firm is moving into: bio parts and equipment its trade can make. */
const CONVERSION_TARGETS = [
  'CAP-FILTER',
  'CAP-PUMP',
  'CAP-CLEAN-BENCH',
  'CAP-CENTRIFUGE',
  'CAP-BIOREACTOR',
  'CAP-PURIFICATION-EQ',
  'CAP-VIAL-PFS',
];

/** What the (fictional) demand survey found each sector needs. */
const SECTOR_NEEDS: Record<string, string[]> = {
  'SEC-ANTIBODY': [
    'CAP-PROCESS-DEV',
    'CAP-CLINICAL-OPS',
    'CAP-CHROM-RESIN',
    'CAP-REGULATORY',
    'CAP-AI-MOLECULE',
    'CAP-CULTURE-MEDIA',
  ],
  'SEC-VACCINE': ['CAP-FILL-FINISH', 'CAP-CLINICAL-OPS', 'CAP-SINGLE-USE-BAG', 'CAP-COLD-CHAIN', 'CAP-GMP-VALIDATION'],
  'SEC-CGT': [
    'CAP-VIRAL-VECTOR',
    'CAP-GMP-VALIDATION',
    'CAP-CLINICAL-OPS',
    'CAP-CULTURE-MEDIA',
    'CAP-SINGLE-USE-BAG',
    'CAP-CLEAN-BENCH',
  ],
  'SEC-BIOSIMILAR': [
    'CAP-CHROM-RESIN',
    'CAP-FILTER',
    'CAP-SINGLE-USE-BAG',
    'CAP-BIOREACTOR',
    'CAP-CLINICAL-OPS',
    'CAP-GMP-PRACTICE',
  ],
  'SEC-CDMO': [
    'CAP-CHROM-RESIN',
    'CAP-FILTER',
    'CAP-SINGLE-USE-BAG',
    'CAP-BIOREACTOR',
    'CAP-BUFFER',
    'CAP-GMP-PRACTICE',
    'CAP-COLD-CHAIN',
  ],
  'SEC-MEDDEVICE': ['CAP-MACHINING', 'CAP-MOULD', 'CAP-COATING', 'CAP-CLINICAL-OPS', 'CAP-QC-TESTING', 'CAP-MED-DATA'],
  'SEC-DIGITAL-HEALTH': ['CAP-CLINICAL-OPS', 'CAP-REGULATORY', 'CAP-BIOSENSOR', 'CAP-MED-DATA'],
  'SEC-AI-DRUG': ['CAP-PRECLINICAL-TOX', 'CAP-ANTIBODY-DISCOVERY', 'CAP-MED-DATA', 'CAP-PROTEIN-ENG'],
  'SEC-CLINICAL': ['CAP-MED-DATA', 'CAP-REG-SCIENCE-EDU', 'CAP-COLD-CHAIN'],
  'SEC-TESTING': ['CAP-REG-SCIENCE-EDU', 'CAP-MED-DATA', 'CAP-CLEAN-BENCH'],
  'SEC-BIOPRINTING': ['CAP-CULTURE-MEDIA', 'CAP-PRECLINICAL-TOX', 'CAP-MACHINING', 'CAP-REGULATORY'],
  'SEC-SOBUJANG': [
    'CAP-GMP-VALIDATION',
    'CAP-QC-TESTING',
    'CAP-REGULATORY',
    'CAP-MACHINING',
    'CAP-COATING',
    'CAP-PROCESS-DEV',
  ],
  'SEC-CONVERSION': [
    'CAP-GMP-VALIDATION',
    'CAP-QC-TESTING',
    'CAP-REG-SCIENCE-EDU',
    'CAP-REGULATORY',
    'CAP-GMP-PRACTICE',
    'CAP-COATING',
  ],
};

/** Name endings by sector: [Korean, English]. */
const SECTOR_SUFFIXES: Record<string, [string, string][]> = {
  'SEC-ANTIBODY': [
    ['바이오로직스', 'Biologics'],
    ['프로틴', 'Protein'],
    ['테라퓨틱스', 'Therapeutics'],
    ['바이오텍', 'Biotech'],
  ],
  'SEC-VACCINE': [
    ['백신', 'Vaccine'],
    ['바이오', 'Bio'],
  ],
  'SEC-CGT': [
    ['셀', 'Cell'],
    ['진', 'Gene'],
    ['셀테라피', 'Cell Therapy'],
    ['테라퓨틱스', 'Therapeutics'],
  ],
  'SEC-BIOSIMILAR': [
    ['바이오파마', 'Biopharma'],
    ['제약', 'Pharm'],
  ],
  'SEC-CDMO': [
    ['바이오솔루션', 'Bio Solutions'],
    ['바이오팜', 'Biofarm'],
    ['바이오로직스', 'Biologics'],
  ],
  'SEC-MEDDEVICE': [
    ['메디텍', 'Meditech'],
    ['진단', 'Diagnostics'],
    ['센서', 'Sensor'],
    ['메디칼', 'Medical'],
  ],
  'SEC-DIGITAL-HEALTH': [
    ['헬스케어', 'Healthcare'],
    ['헬스랩', 'Health Lab'],
  ],
  'SEC-AI-DRUG': [
    ['디스커버리', 'Discovery'],
    ['AI랩', 'AI Lab'],
  ],
  'SEC-CLINICAL': [
    ['클리니컬', 'Clinical'],
    ['임상연구', 'Clinical Research'],
  ],
  'SEC-TESTING': [
    ['애널리틱스', 'Analytics'],
    ['테스팅', 'Testing'],
  ],
  'SEC-BIOPRINTING': [
    ['바이오프린트', 'Bioprint'],
    ['티슈랩', 'Tissue Lab'],
  ],
  'SEC-SOBUJANG': [
    ['바이오소재', 'Biomaterials'],
    ['필터텍', 'Filtertech'],
    ['바이오시스템', 'Biosystems'],
    ['사이언스', 'Science'],
    ['랩텍', 'Labtech'],
  ],
  'SEC-CONVERSION': [
    ['정밀', 'Precision'],
    ['금속', 'Metal'],
    ['금형', 'Mould'],
    ['코팅', 'Coating'],
    ['기공', 'Machinery'],
    ['엔지니어링', 'Engineering'],
  ],
};

/**
 * Whimsical name stems (animals, plants, small things) so no reader mistakes a sample company for a real one.
 * Pairs of [Korean, romanisation].
 */
const NAME_STEMS: [string, string][] = [
  ['도토리', 'Dotori'],
  ['수달', 'Sudal'],
  ['반딧불', 'Bandibul'],
  ['두루미', 'Durumi'],
  ['해바라기', 'Haebaragi'],
  ['민들레', 'Mindeulle'],
  ['다람쥐', 'Daramjwi'],
  ['부엉이', 'Bueongi'],
  ['너구리', 'Neoguri'],
  ['까치', 'Kkachi'],
  ['참새', 'Chamsae'],
  ['제비', 'Jebi'],
  ['산호', 'Sanho'],
  ['은행나무', 'Eunhaeng'],
  ['솔방울', 'Solbangul'],
  ['대나무', 'Daenamu'],
  ['동백', 'Dongbaek'],
  ['목련', 'Mongnyeon'],
  ['진달래', 'Jindallae'],
  ['개나리', 'Gaenari'],
  ['연꽃', 'Yeonkkot'],
  ['물방울', 'Mulbangul'],
  ['조약돌', 'Joyakdol'],
  ['무지개', 'Mujigae'],
  ['호두', 'Hodu'],
  ['밤송이', 'Bamsongi'],
  ['감귤', 'Gamgyul'],
  ['매실', 'Maesil'],
  ['유자', 'Yuja'],
  ['오미자', 'Omija'],
  ['보리', 'Bori'],
  ['메밀', 'Memil'],
  ['율무', 'Yulmu'],
  ['미역', 'Miyeok'],
  ['전복', 'Jeonbok'],
  ['가재', 'Gajae'],
  ['꽃게', 'Kkotge'],
  ['불가사리', 'Bulgasari'],
  ['해파리', 'Haepari'],
  ['달팽이', 'Dalpaengi'],
  ['꿀벌', 'Kkulbeol'],
  ['나비', 'Nabi'],
  ['잠자리', 'Jamjari'],
  ['반달곰', 'Bandalgom'],
  ['올빼미', 'Olppaemi'],
  ['기러기', 'Gireogi'],
  ['물총새', 'Mulchongsae'],
  ['딱따구리', 'Ttakttaguri'],
  ['고슴도치', 'Goseumdochi'],
  ['족제비', 'Jokjebi'],
  ['청설모', 'Cheongseolmo'],
  ['노루', 'Noru'],
  ['갈매기', 'Galmaegi'],
  ['백로', 'Baengno'],
  ['황새', 'Hwangsae'],
  ['원앙', 'Wonang'],
  ['고등어', 'Godeungeo'],
  ['연어', 'Yeoneo'],
  ['돌고래', 'Dolgorae'],
  ['물개', 'Mulgae'],
  ['해달', 'Haedal'],
  ['소라', 'Sora'],
  ['은하수', 'Eunhasu'],
  ['별똥별', 'Byeolttong'],
  ['보름달', 'Boreumdal'],
  ['초승달', 'Choseungdal'],
  ['새벽별', 'Saebyeokbyeol'],
  ['노을', 'Noeul'],
  ['이슬', 'Iseul'],
  ['눈송이', 'Nunsongi'],
  ['바람개비', 'Baramgaebi'],
  ['종이배', 'Jongibae'],
  ['팽이', 'Paengi'],
  ['구슬', 'Guseul'],
  ['호박', 'Hobak'],
  ['옥수수', 'Oksusu'],
  ['고구마', 'Goguma'],
  ['들국화', 'Deulgukhwa'],
  ['억새', 'Eoksae'],
  ['갈대', 'Galdae'],
  ['이끼', 'Ikki'],
  ['고사리', 'Gosari'],
  ['버섯', 'Beoseot'],
  ['솔잎', 'Solip'],
  ['단풍', 'Danpung'],
  ['느티나무', 'Neuti'],
  ['자작나무', 'Jajak'],
  ['버드나무', 'Beodeul'],
  ['석류', 'Seongnyu'],
  ['앵두', 'Aengdu'],
  ['자두', 'Jadu'],
  ['살구', 'Salgu'],
  ['모과', 'Mogwa'],
  ['청포도', 'Cheongpodo'],
  ['산딸기', 'Santtalgi'],
  ['머루', 'Meoru'],
  ['다래', 'Darae'],
  ['박하', 'Bakha'],
  ['창포', 'Changpo'],
  ['수련', 'Suryeon'],
  ['해당화', 'Haedanghwa'],
  ['채송화', 'Chaesonghwa'],
  ['봉숭아', 'Bongsunga'],
  ['나팔꽃', 'Napalkkot'],
  ['제비꽃', 'Jebikkot'],
  ['토끼풀', 'Tokkipul'],
  ['강아지풀', 'Gangajipul'],
  ['도라지', 'Doraji'],
  ['더덕', 'Deodeok'],
  ['호랑나비', 'Horangnabi'],
  ['풍뎅이', 'Pungdengi'],
  ['방아깨비', 'Bangakkaebi'],
  ['귀뚜라미', 'Gwitturami'],
  ['매미', 'Maemi'],
  ['개구리', 'Gaeguri'],
  ['도롱뇽', 'Dorongnyong'],
  ['올챙이', 'Olchaengi'],
  ['가오리', 'Gaori'],
  ['복어', 'Bogeo'],
  ['문어', 'Muneo'],
  ['새우', 'Saeu'],
  ['조개', 'Jogae'],
  ['홍합', 'Honghap'],
  ['굴비', 'Gulbi'],
  ['멸치', 'Myeolchi'],
];

/** The words a company description is made of. */
interface Described {
  sectorKo: string;
  sectorEn: string;
  capsKo: string;
  capsEn: string;
}

interface Segment {
  hub: string;
  count: number;
  sectors: Record<string, number>;
  founded: [number, number];
  /** Founding years lean towards the end of the range (start-ups) or the start (old factories). */
  recent: boolean;
  /** What the company does, in Korean and English (after the "fictional company" marker). */
  describe: (d: Described) => [string, string];
  /** Lead firms: the few big companies that become hubs of the network. */
  leads: { sector: string; employees: number; founded: number }[];
}

const SEGMENTS: Segment[] = [
  {
    hub: 'HUB-BAEGOT',
    count: 38,
    founded: [2010, 2025],
    recent: true,
    describe: (d) => [
      `배곧의 ${d.sectorKo} R&D 기업(${d.capsKo}).`,
      `R&D company in ${d.sectorEn} (${d.capsEn}), Baegot.`,
    ],
    sectors: {
      'SEC-ANTIBODY': 5,
      'SEC-CGT': 5,
      'SEC-AI-DRUG': 4,
      'SEC-DIGITAL-HEALTH': 3,
      'SEC-VACCINE': 2,
      'SEC-BIOPRINTING': 2,
      'SEC-CLINICAL': 2,
      'SEC-MEDDEVICE': 1,
    },
    leads: [{ sector: 'SEC-ANTIBODY', employees: 240, founded: 2014 }],
  },
  {
    hub: 'HUB-JEONGWANG',
    count: 32,
    founded: [1995, 2023],
    recent: false,
    describe: (d) => [
      `정왕의 ${d.sectorKo} 생산 기업(${d.capsKo}).`,
      `Manufacturer in ${d.sectorEn} (${d.capsEn}), Jeongwang.`,
    ],
    sectors: {
      'SEC-CDMO': 4,
      'SEC-BIOSIMILAR': 3,
      'SEC-MEDDEVICE': 4,
      'SEC-VACCINE': 1,
      'SEC-TESTING': 2,
      'SEC-SOBUJANG': 1,
    },
    leads: [
      { sector: 'SEC-CDMO', employees: 880, founded: 2004 },
      { sector: 'SEC-BIOSIMILAR', employees: 610, founded: 2009 },
    ],
  },
  {
    hub: 'HUB-SMARTHUB',
    count: 20,
    founded: [1996, 2024],
    recent: false,
    describe: (d) => [
      `시흥스마트허브의 바이오 소부장 기업(${d.capsKo}).`,
      `Bio materials, parts and equipment supplier (${d.capsEn}), Siheung Smart Hub.`,
    ],
    sectors: { 'SEC-SOBUJANG': 1 },
    leads: [{ sector: 'SEC-SOBUJANG', employees: 360, founded: 1997 }],
  },
  {
    hub: 'HUB-SMARTHUB',
    count: 22,
    founded: [1990, 2014],
    recent: false,
    describe: (d) => [
      `바이오 소부장으로 업종을 전환하고 있는 시흥스마트허브의 뿌리기업(${d.capsKo}).`,
      `Root-technology firm in Siheung Smart Hub moving into bio parts and equipment (${d.capsEn}).`,
    ],
    sectors: { 'SEC-CONVERSION': 1 },
    leads: [],
  },
  {
    hub: '',
    count: 8,
    founded: [2014, 2024],
    recent: true,
    describe: (d) => [
      `세 거점 밖 시흥 소재 ${d.sectorKo} 기업(${d.capsKo}).`,
      `Company in ${d.sectorEn} (${d.capsEn}) in Siheung, outside the three hubs.`,
    ],
    sectors: { 'SEC-DIGITAL-HEALTH': 2, 'SEC-AI-DRUG': 1, 'SEC-CLINICAL': 2, 'SEC-TESTING': 1, 'SEC-MEDDEVICE': 1 },
    leads: [],
  },
];

interface Taxonomy {
  name: Map<string, string>;
  nameEn: Map<string, string>;
  broader: Map<string, string>;
}

interface CompanyDraft {
  node: GenNode;
  row: Row;
}

function foundingYear(rng: Rng, seg: Segment): number {
  const [lo, hi] = seg.founded;
  // Squaring a uniform number skews it towards 0: recent segments towards `hi`, old ones towards `lo`.
  const u = rng.float() ** 1.6;
  return seg.recent ? Math.round(hi - u * (hi - lo)) : Math.round(lo + u * (hi - lo));
}

/** Heavy-tailed head count: most firms 5–80 people, a few up to a few hundred. Young firms stay small. */
function employeeCount(rng: Rng, founded: number): number {
  const r = rng.float();
  let n = r < 0.86 ? rng.logUniform(5, 80) : r < 0.96 ? rng.logUniform(80, 200) : rng.logUniform(200, 450);
  if (founded >= 2022) n = Math.min(n, 25);
  return Math.max(3, Math.round(n));
}

function companyCaps(rng: Rng, sector: string): string[] {
  const pool = SECTOR_CAPS[sector] ?? [];
  if (sector === 'SEC-CONVERSION') {
    // A conversion firm keeps its trade and adds one or two bio parts it now makes.
    const trades = rng.shuffle(pool).slice(0, rng.int(1, 2));
    const targets = rng.shuffle(CONVERSION_TARGETS).slice(0, rng.int(1, 2));
    return [...trades, ...targets];
  }
  return rng.shuffle(pool).slice(0, Math.min(pool.length, rng.int(2, 5)));
}

function companyNeeds(rng: Rng, sector: string, caps: readonly string[]): string[] {
  const pool = (SECTOR_NEEDS[sector] ?? []).filter((c) => !caps.includes(c));
  return rng.shuffle(pool).slice(0, rng.int(1, 3));
}

function lcFirst(s: string): string {
  // Keep acronyms (AI, IVD, GMP, mRNA) as they are.
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

interface CompanySpec {
  seg: Segment;
  sector: string;
  founded: number;
  employees: number;
  lead: boolean;
}

/** The organisations.csv row; the description always opens with the fictional-company marker. */
function companyRow(
  id: string,
  stem: [string, string],
  suffix: [string, string],
  s: CompanySpec,
  caps: readonly string[],
  tax: Taxonomy,
): Row {
  const [stemKo, stemEn] = stem;
  const name = `${stemKo}${suffix[0]}`;
  const nameEn = `${stemEn} ${suffix[1]}`;
  const [ko, en] = s.seg.describe({
    sectorKo: get(tax.name, s.sector),
    sectorEn: lcFirst(get(tax.nameEn, s.sector)),
    capsKo: caps.map((c) => get(tax.name, c)).join(', '),
    capsEn: caps.map((c) => lcFirst(get(tax.nameEn, c))).join(', '),
  });
  return {
    id,
    name,
    nameEn,
    aliases: [`(주)${name}`, stemKo, stemEn].join(';'),
    kind: 'COMPANY',
    hub: s.seg.hub,
    sector: s.sector,
    founded: s.founded,
    employees: s.employees,
    status: 'ACTIVE',
    description: `샘플 데이터용 가상 기업. ${ko}`,
    descriptionEn: `Fictional company for the sample dataset. ${en}`,
    website: '',
    source: SYN,
    synthetic: true,
  };
}

function companyNode(
  id: string,
  seg: Segment,
  sector: string,
  founded: number,
  employees: number,
  caps: string[],
  needs: string[],
  lead: boolean,
): GenNode {
  const kinds: LinkKind[] = ['JOINT_RD', 'TECH_TRANSFER', 'SUPPLY', 'MOU'];
  if (!['SEC-SOBUJANG', 'SEC-CONVERSION', 'SEC-CDMO'].includes(sector)) kinds.push('CO_PUBLICATION');
  if (!['SEC-SOBUJANG', 'SEC-CONVERSION', 'SEC-CDMO', 'SEC-TESTING', 'SEC-BIOPRINTING'].includes(sector))
    kinds.push('CLINICAL_TRIAL');
  kinds.push('INVESTMENT'); // as investee for everyone; as investor only for lead firms (see canStart)
  return {
    id,
    kind: 'COMPANY',
    status: 'ACTIVE',
    hub: seg.hub,
    sector,
    caps: new Set(caps),
    needs: new Set(needs),
    activeFrom: ymd(Math.max(founded, 2015), 1, 1),
    base: lead ? 5 : 0.7 + 0.45 * Math.log10(employees),
    kinds: new Set(kinds),
    employees,
    founded,
    lead,
    loner: false,
  };
}

function makeCompanies(rng: Rng, tax: Taxonomy): CompanyDraft[] {
  const stems = rng.shuffle(NAME_STEMS);
  const specs: CompanySpec[] = [];
  for (const seg of SEGMENTS) {
    for (const l of seg.leads)
      specs.push({ seg, sector: l.sector, founded: l.founded, employees: l.employees, lead: true });
    for (let i = seg.leads.length; i < seg.count; i++) {
      const founded = foundingYear(rng, seg);
      specs.push({
        seg,
        sector: rng.weightedKey(seg.sectors),
        founded,
        employees: employeeCount(rng, founded),
        lead: false,
      });
    }
  }
  // Shuffle so ids do not reveal the segment.
  return rng.shuffle(specs).map((s, i) => {
    const id = `SYN-CO-${String(i + 1).padStart(3, '0')}`;
    const suffixes = SECTOR_SUFFIXES[s.sector];
    if (!suffixes) throw new Error(`no name endings for ${s.sector}`);
    const suffix = rng.pick(suffixes);
    const caps = companyCaps(rng, s.sector);
    const needs = companyNeeds(rng, s.sector, caps);
    const row = companyRow(id, at(stems, i), suffix, s, caps, tax);
    return { node: companyNode(id, s.seg, s.sector, s.founded, s.employees, caps, needs, s.lead), row };
  });
}

/** Five small firms, spread over the segments, that will end up with a single link. */
function chooseLoners(rng: Rng, companies: readonly GenNode[]): void {
  const small = companies.filter((c) => !c.lead && c.employees < 30);
  const groups = ['HUB-SMARTHUB', 'HUB-SMARTHUB', 'HUB-BAEGOT', 'HUB-JEONGWANG', ''];
  for (const hub of groups) {
    const pool = small.filter((c) => c.hub === hub && !c.loner);
    if (pool.length > 0) rng.pick(pool).loner = true;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The collaboration network
// ---------------------------------------------------------------------------------------------------------

interface Link {
  id: string;
  from: string;
  to: string;
  kind: LinkKind;
  since: string;
  until: string;
  weight: number;
  title: string;
  source: string;
  synthetic: boolean;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

class Network {
  readonly links: Link[] = [];
  private readonly adj = new Map<string, Map<string, number>>();
  private readonly pairKinds = new Set<string>();
  private readonly pairKindSince = new Set<string>();

  degree(id: string): number {
    let d = 0;
    for (const n of this.adj.get(id)?.values() ?? []) d += n;
    return d;
  }
  hasPairKind(a: string, b: string, kind: LinkKind): boolean {
    return this.pairKinds.has(`${pairKey(a, b)}|${kind}`);
  }
  commonNeighbours(a: string, b: string): number {
    const nb = this.adj.get(b);
    if (!nb) return 0;
    let n = 0;
    for (const x of this.adj.get(a)?.keys() ?? []) if (nb.has(x)) n++;
    return n;
  }
  /** Adds a link unless it is a self-link or repeats (pair, kind, since); returns whether it was added. */
  add(link: Link): boolean {
    const k = `${pairKey(link.from, link.to)}|${link.kind}`;
    if (link.from === link.to || this.pairKindSince.has(`${k}|${link.since}`)) return false;
    this.pairKinds.add(k);
    this.pairKindSince.add(`${k}|${link.since}`);
    this.links.push(link);
    for (const [a, b] of [
      [link.from, link.to],
      [link.to, link.from],
    ] as const) {
      const m = this.adj.get(a) ?? new Map<string, number>();
      m.set(b, (m.get(b) ?? 0) + 1);
      this.adj.set(a, m);
    }
    return true;
  }
}

const SUPPLIER_CAPS = new Set([
  ...(SECTOR_CAPS['SEC-SOBUJANG'] ?? []),
  ...(SECTOR_CAPS['SEC-CONVERSION'] ?? []),
  'CAP-FILL-FINISH',
  'CAP-PROCESS-DEV',
  'CAP-CELL-LINE-DEV',
  'CAP-VIRAL-VECTOR',
]);
const INVESTOR_AGENCIES = new Set(['ORG-GBSA', 'ORG-GYEONGGI']);

const isSupplier = (n: GenNode): boolean => n.kind === 'COMPANY' && [...n.caps].some((c) => SUPPLIER_CAPS.has(c));
const isActive = (n: GenNode, date: string): boolean => n.activeFrom <= date;

/** Whether `n` can be the first-picked ("anchor") party of a link of this kind. */
function canStart(kind: LinkKind, n: GenNode): boolean {
  if (!n.kinds.has(kind)) return false;
  switch (kind) {
    case 'CO_PUBLICATION':
      return ACADEMIC.has(n.kind);
    case 'CLINICAL_TRIAL':
      return n.kind === 'HOSPITAL' && n.status === 'ACTIVE';
    case 'TECH_TRANSFER':
      return n.kind === 'UNIVERSITY' || n.kind === 'RESEARCH_INSTITUTE';
    case 'SUPPLY':
      return isSupplier(n);
    case 'INVESTMENT':
      return n.lead || INVESTOR_AGENCIES.has(n.id);
    default:
      return true;
  }
}

/** Whether `b` can be the other party when `a` anchors a link of this kind. */
function canJoin(kind: LinkKind, a: GenNode, b: GenNode): boolean {
  if (a.id === b.id || !b.kinds.has(kind)) return false;
  // Links between two real institutions stay the documented ones: an invented link always has a fictional end.
  if (a.kind !== 'COMPANY' && b.kind !== 'COMPANY') return false;
  switch (kind) {
    case 'CO_PUBLICATION':
      return b.kind !== 'PUBLIC_AGENCY' && b.kind !== 'SUPPORT_ORG';
    case 'CLINICAL_TRIAL':
    case 'TECH_TRANSFER':
    case 'SUPPLY':
      return b.kind === 'COMPANY';
    case 'INVESTMENT':
      return b.kind === 'COMPANY' && !b.lead && b.founded >= 2008;
    default:
      return true;
  }
}

/** Capability fit between two organisations, both ways: the demand survey's needs met by the other's offer. */
function fits(a: GenNode, b: GenNode): boolean {
  for (const n of a.needs) if (b.caps.has(n)) return true;
  for (const n of b.needs) if (a.caps.has(n)) return true;
  return false;
}

interface NetContext {
  net: Network;
  nodes: readonly GenNode[];
  /** Earliest date two organisations met at an event (pair key → date). */
  met: ReadonlyMap<string, string>;
}

/** Agencies and support organisations are the ones that sign most agreements with firms. */
const signsAgreements = (n: GenNode): boolean => n.kind === 'PUBLIC_AGENCY' || n.kind === 'SUPPORT_ORG';

function anchorWeight(ctx: NetContext, kind: LinkKind, n: GenNode): number {
  const w = n.base * Math.sqrt(1 + ctx.net.degree(n.id));
  return kind === 'MOU' && signsAgreements(n) ? 4 * w : w;
}

/**
 * How likely `b` is to partner `a` at `date`. Preferential attachment gives the heavy-tailed degrees;
 * same-hub preference and triadic closure give clustering; bridges between hubs run mostly through
 * institutions because company–company pairs across hubs are damped. Capability fit and having met
 * at a programme event make a link likelier, so link prediction has signal to find.
 */
function partnerWeight(ctx: NetContext, kind: LinkKind, a: GenNode, b: GenNode, date: string): number {
  // Sublinear preferential attachment: hubs emerge without one node swallowing the network.
  let w = b.base * Math.sqrt(1 + ctx.net.degree(b.id));
  const bothCompanies = a.kind === 'COMPANY' && b.kind === 'COMPANY';
  if (a.hub && a.hub === b.hub) w *= 3;
  else if (bothCompanies && a.hub && b.hub) w *= kind === 'SUPPLY' ? 0.5 : 0.25;
  const common = ctx.net.commonNeighbours(a.id, b.id);
  if (common > 0) w *= 1 + 1.5 * Math.min(common, 3);
  if (fits(a, b)) w *= 3;
  const met = ctx.met.get(pairKey(a.id, b.id));
  if (met !== undefined && met < date) w *= 2.5;
  if (kind === 'MOU' && a.kind === 'COMPANY' && b.kind !== 'COMPANY') w *= signsAgreements(b) ? 4 : 2;
  if (kind === 'INVESTMENT') w *= b.founded >= 2015 ? 2 : 0.5; // investors back young firms
  return w;
}

function pickPartner(ctx: NetContext, rng: Rng, kind: LinkKind, a: GenNode, date: string): GenNode | undefined {
  const candidates = ctx.nodes.filter(
    (b) => !b.loner && isActive(b, date) && canJoin(kind, a, b) && !ctx.net.hasPairKind(a.id, b.id, kind),
  );
  return rng.weighted(candidates, (b) => partnerWeight(ctx, kind, a, b, date));
}

/** from/to orientation: the supplier, the technology holder, the investor and the trial sponsor come first. */
function orient(kind: LinkKind, a: GenNode, b: GenNode): [GenNode, GenNode] {
  if (kind === 'CLINICAL_TRIAL') return a.kind === 'HOSPITAL' ? [b, a] : [a, b];
  return [a, b];
}

const KIND_WEIGHTS: Record<LinkKind, number> = {
  JOINT_RD: 17,
  CO_PUBLICATION: 10,
  CLINICAL_TRIAL: 7,
  TECH_TRANSFER: 9,
  SUPPLY: 22,
  MOU: 24,
  INVESTMENT: 7,
};

/** Links per year: slow growth, then the bio special complex (2024) and the programme (2025) knit the cluster. */
const YEAR_WEIGHTS: Record<string, number> = {
  2015: 5,
  2016: 6,
  2017: 8,
  2018: 10,
  2019: 13,
  2020: 16,
  2021: 20,
  2022: 26,
  2023: 34,
  2024: 48,
  2025: 80,
  2026: 70,
};

const WEIGHT_RANGE: Record<LinkKind, [number, number]> = {
  JOINT_RD: [2, 5],
  CO_PUBLICATION: [1, 3],
  CLINICAL_TRIAL: [3, 5],
  TECH_TRANSFER: [2, 4],
  SUPPLY: [1, 5],
  MOU: [1, 2],
  INVESTMENT: [2, 5],
};

/** Chance that a link of this kind has ended, and how many months it ran. */
const ENDING: Record<LinkKind, { p: number; months: [number, number] }> = {
  JOINT_RD: { p: 0.5, months: [12, 48] },
  CO_PUBLICATION: { p: 0, months: [0, 0] },
  CLINICAL_TRIAL: { p: 0.5, months: [12, 42] },
  TECH_TRANSFER: { p: 0.1, months: [24, 60] },
  SUPPLY: { p: 0.3, months: [12, 48] },
  MOU: { p: 0.08, months: [24, 60] },
  INVESTMENT: { p: 0.1, months: [36, 72] },
};

function endDate(rng: Rng, kind: LinkKind, since: string): string {
  const e = ENDING[kind];
  if (!rng.chance(e.p)) return '';
  const until = addMonths(since, rng.int(e.months[0], e.months[1]));
  return until <= DATA_END ? until : ''; // still running at the data cut-off
}

/** A capability the link is about: the one that fits a need, else one of the parties' own. */
function topicCap(rng: Rng, from: GenNode, to: GenNode): string | undefined {
  const fit = [...to.needs].filter((n) => from.caps.has(n)).concat([...from.needs].filter((n) => to.caps.has(n)));
  if (fit.length > 0) return rng.pick(fit);
  const own = [...from.caps, ...to.caps];
  return own.length > 0 ? rng.pick(own) : undefined;
}

/** What a supplier sells the buyer: goods are supplied, trades are outsourced, CDMO services are contracted. */
function supplyTitle(rng: Rng, supplier: GenNode, buyer: GenNode, tax: Taxonomy): string {
  const offer = [...supplier.caps].filter((c) => SUPPLIER_CAPS.has(c));
  const wanted = offer.filter((c) => buyer.needs.has(c));
  const cap = rng.pick(wanted.length > 0 ? wanted : offer);
  const ko = get(tax.name, cap);
  const group = get(tax.broader, cap);
  if (group === 'SEC-SOBUJANG') return `${ko} 공급`;
  if (group === 'SEC-CONVERSION') return `${ko} 외주`;
  return `${ko} 위탁`;
}

const MOU_TITLES: Record<string, string> = {
  'ORG-SIHEUNG-IPA': '바이오기업 지원 업무협약',
  'ORG-SIHEUNG-CITY': '바이오 특화단지 협력 업무협약',
  'ORG-KTR-SIHEUNG': '시험인증 협력 업무협약',
  'ORG-SNU-PHARMABIO': '제약바이오 인력양성 업무협약',
  'ORG-GFEZ': '배곧지구 투자유치 업무협약',
  'ORG-KOREABIO': '바이오 소부장 협력 업무협약',
  'ORG-SNUH-BAEGOT': '연구중심병원 협력 업무협약',
  'ORG-GBSA': '기업성장 지원 업무협약',
};

function linkTitle(rng: Rng, kind: LinkKind, from: GenNode, to: GenNode, tax: Taxonomy): string {
  const cap = topicCap(rng, from, to);
  const capKo = cap ? get(tax.name, cap) : '바이오';
  switch (kind) {
    case 'JOINT_RD':
      return `${capKo} 공동연구`;
    case 'CO_PUBLICATION':
      return `${capKo} 공동 논문`;
    case 'CLINICAL_TRIAL':
      return to.sector === 'SEC-MEDDEVICE' || from.sector === 'SEC-MEDDEVICE' || from.sector === 'SEC-DIGITAL-HEALTH'
        ? rng.pick(['확증 임상시험', '탐색 임상시험', '임상 성능시험'])
        : rng.pick(['1상 임상시험', '1/2a상 임상시험', '2상 임상시험', '연구자 주도 임상시험']);
    case 'TECH_TRANSFER':
      return `${capKo} 기술이전`;
    case 'SUPPLY':
      return supplyTitle(rng, from, to, tax);
    case 'INVESTMENT':
      return INVESTOR_AGENCIES.has(from.id)
        ? '정책펀드 투자'
        : rng.pick(['시드 투자', '시리즈A 투자', '전략적 지분 투자']);
    case 'MOU':
      return MOU_TITLES[from.id] ?? MOU_TITLES[to.id] ?? `${capKo} 협력 업무협약`;
  }
}

function makeLink(rng: Rng, kind: LinkKind, a: GenNode, b: GenNode, since: string, tax: Taxonomy): Link {
  const [from, to] = orient(kind, a, b);
  const [lo, hi] = WEIGHT_RANGE[kind];
  return {
    id: '',
    from: from.id,
    to: to.id,
    kind,
    since,
    until: endDate(rng, kind, since),
    weight: rng.int(lo, hi),
    title: linkTitle(rng, kind, from, to, tax),
    source: SYN,
    synthetic: true,
  };
}

/** One random link at `date`: a kind, an anchor chosen by attractiveness, then a partner. */
function growOne(ctx: NetContext, rng: Rng, date: string, tax: Taxonomy): boolean {
  const kind = rng.weightedKey(KIND_WEIGHTS);
  const anchors = ctx.nodes.filter((n) => !n.loner && isActive(n, date) && canStart(kind, n));
  const a = rng.weighted(anchors, (n) => anchorWeight(ctx, kind, n));
  if (!a) return false;
  const b = pickPartner(ctx, rng, kind, a, date);
  if (!b) return false;
  return ctx.net.add(makeLink(rng, kind, a, b, date, tax));
}

/**
 * Link dates: each year gets its share of YEAR_WEIGHTS out of `total` synthetic links (stratified, so growth
 * is smooth), less the links that year already has (from projects).
 */
function sampleDates(rng: Rng, total: number, existing: readonly Link[]): string[] {
  const sum = Object.values(YEAR_WEIGHTS).reduce((s, w) => s + w, 0);
  const dates: string[] = [];
  for (const [year, w] of Object.entries(YEAR_WEIGHTS)) {
    const have = existing.filter((l) => l.synthetic && yearOf(l.since) === Number(year)).length;
    const k = Math.max(0, Math.round((total * w) / sum) - have);
    for (let i = 0; i < k; i++) dates.push(dateInYear(rng, Number(year)));
  }
  return dates.sort();
}

/** Organisations left with fewer than two links get more (loners get exactly one), so no node is isolated. */
function fillGaps(ctx: NetContext, rng: Rng, tax: Taxonomy): void {
  for (const c of ctx.nodes) {
    const want = c.loner ? 1 : 2;
    for (let tries = 0; ctx.net.degree(c.id) < want && tries < 20; tries++) {
      const kind: LinkKind = rng.pick(['MOU', 'SUPPLY', 'JOINT_RD'] as const);
      if (!c.kinds.has(kind)) continue;
      // Late links: the programme reaches firms that had no partners yet.
      const date = dateInYear(rng, rng.pick([2024, 2025, 2026]), c.activeFrom);
      const pool = ctx.nodes.filter(
        (b) =>
          !b.loner &&
          isActive(b, date) &&
          canJoin(kind, c, b) &&
          (kind !== 'SUPPLY' || isSupplier(b)) &&
          !ctx.net.hasPairKind(c.id, b.id, kind),
      );
      const b = rng.weighted(pool, (x) => partnerWeight(ctx, kind, c, x, date));
      if (!b) continue;
      const [x, y] = kind === 'SUPPLY' ? [b, c] : [c, b];
      ctx.net.add(makeLink(rng, kind, x, y, date, tax));
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Programme events and attendance
// ---------------------------------------------------------------------------------------------------------

interface Theme {
  ko: string;
  en: string;
  hub: string;
  sectors: string[];
}

const THEMES: Theme[] = [
  {
    ko: '세포·유전자치료제',
    en: 'cell and gene therapy',
    hub: 'HUB-BAEGOT',
    sectors: ['SEC-CGT', 'SEC-VACCINE', 'SEC-BIOPRINTING'],
  },
  {
    ko: '항체·단백질 의약품',
    en: 'antibody and protein drugs',
    hub: 'HUB-BAEGOT',
    sectors: ['SEC-ANTIBODY', 'SEC-BIOSIMILAR'],
  },
  { ko: 'AI 신약개발', en: 'AI drug discovery', hub: 'HUB-BAEGOT', sectors: ['SEC-AI-DRUG', 'SEC-DIGITAL-HEALTH'] },
  {
    ko: '바이오의약품 생산',
    en: 'biologics manufacturing',
    hub: 'HUB-JEONGWANG',
    sectors: ['SEC-CDMO', 'SEC-BIOSIMILAR', 'SEC-SOBUJANG'],
  },
  {
    ko: '의료기기·바이오센서',
    en: 'medical devices and biosensors',
    hub: 'HUB-JEONGWANG',
    sectors: ['SEC-MEDDEVICE', 'SEC-CONVERSION'],
  },
  {
    ko: '바이오 소부장 국산화',
    en: 'localising bio materials, parts and equipment',
    hub: 'HUB-SMARTHUB',
    sectors: ['SEC-SOBUJANG', 'SEC-CONVERSION', 'SEC-CDMO'],
  },
  {
    ko: '뿌리기업 업종전환',
    en: 'root-technology firms moving into bio',
    hub: 'HUB-SMARTHUB',
    sectors: ['SEC-CONVERSION', 'SEC-SOBUJANG'],
  },
  {
    ko: '시험인증·규제과학',
    en: 'testing and regulatory science',
    hub: '',
    sectors: ['SEC-TESTING', 'SEC-CLINICAL', 'SEC-MEDDEVICE'],
  },
];

interface EventTemplate {
  program: string;
  type: EventType;
  ko: (t: Theme, hubKo: string) => string;
  en: (t: Theme, hubEn: string) => string;
  /** Held in the theme's hub; false = online or at city hall. */
  inHub: boolean;
  /** Only 소부장 themes for the 소부장 strategy's meetings. */
  sobujangOnly?: boolean;
}

const isSobujangTheme = (t: Theme): boolean =>
  t.sectors.includes('SEC-SOBUJANG') || t.sectors.includes('SEC-CONVERSION');

const EVENT_TEMPLATES: EventTemplate[] = [
  {
    program: 'PRG-STRATEGY-SURVEY',
    type: 'WORKSHOP',
    inHub: false,
    ko: () => '바이오기업 수요조사 결과 공유 워크숍',
    en: () => 'Workshop on the bio-firm demand survey results',
  },
  {
    program: 'PRG-STRATEGY-SURVEY',
    type: 'POLICY_ROUNDTABLE',
    inHub: true,
    sobujangOnly: true,
    ko: (t) => `바이오 소부장 육성 정책간담회: ${t.ko}`,
    en: (t) => `Policy roundtable on bio 소부장: ${t.en}`,
  },
  {
    program: 'PRG-STRATEGY-COOP',
    type: 'TECH_EXCHANGE',
    inHub: true,
    ko: (t, h) => `${h} 바이오 기술교류회: ${t.ko}`,
    en: (t, h) => `${h} bio tech exchange: ${t.en}`,
  },
  {
    program: 'PRG-STRATEGY-COOP',
    type: 'WORKSHOP',
    inHub: true,
    ko: (t) => `산학연 공동기획 워크숍: ${t.ko}`,
    en: (t) => `Joint-planning workshop: ${t.en}`,
  },
  {
    program: 'PRG-STRATEGY-COOP',
    type: 'POLICY_ROUNDTABLE',
    inHub: false,
    ko: (t) => `바이오 특화단지 정책간담회: ${t.ko}`,
    en: (t) => `Bio special complex policy roundtable: ${t.en}`,
  },
  {
    program: 'PRG-SUPPORT-RD',
    type: 'TRAINING',
    inHub: true,
    ko: () => '정부 R&D 공모 대응 기획 교육',
    en: () => 'Training: planning proposals for government R&D calls',
  },
  {
    program: 'PRG-SUPPORT-RD',
    type: 'WORKSHOP',
    inHub: true,
    ko: (t) => `R&D 과제 기획 워크숍: ${t.ko}`,
    en: (t) => `R&D proposal planning workshop: ${t.en}`,
  },
  {
    program: 'PRG-SUPPORT-COMMERCIAL',
    type: 'TRAINING',
    inHub: true,
    ko: () => 'GMP·인허가 실무 교육',
    en: () => 'Training: GMP and regulatory approval in practice',
  },
  {
    program: 'PRG-SUPPORT-COMMERCIAL',
    type: 'WORKSHOP',
    inHub: false,
    ko: (t) => `기술사업화 워크숍: ${t.ko}`,
    en: (t) => `Commercialisation workshop: ${t.en}`,
  },
  {
    program: 'PRG-SUPPORT-COMMERCIAL',
    type: 'FORUM',
    inHub: false,
    ko: () => '바이오 투자유치 포럼',
    en: () => 'Bio investment forum',
  },
  {
    program: 'PRG-NETWORK-HUBS',
    type: 'TECH_EXCHANGE',
    inHub: true,
    ko: (_t, h) => `${h} 거점 산학연 기술교류회`,
    en: (_t, h) => `${h} hub industry-academia tech exchange`,
  },
  {
    program: 'PRG-NETWORK-HUBS',
    type: 'FORUM',
    inHub: false,
    ko: (t) => `시흥 바이오 정책포럼: ${t.ko}`,
    en: (t) => `Siheung bio policy forum: ${t.en}`,
  },
  {
    program: 'PRG-NETWORK-HUBS',
    type: 'WORKSHOP',
    inHub: true,
    ko: (t) => `기술 워크숍: ${t.ko}`,
    en: (t) => `Technical workshop: ${t.en}`,
  },
  {
    program: 'PRG-NETWORK-HUBS',
    type: 'SALON',
    inHub: true,
    ko: (_t, h) => `${h} 바이오 네트워킹 살롱`,
    en: (_t, h) => `${h} bio networking salon`,
  },
];

/** The institution that co-hosts events held in a hub (the venue). */
const VENUE_HOST: Record<string, string> = {
  'HUB-BAEGOT': 'ORG-SNU-SIHEUNG',
  'HUB-JEONGWANG': 'ORG-TUKOREA',
  'HUB-SMARTHUB': 'ORG-KITECH-SIHEUNG',
};
/** Institutions that speak about a theme's sectors. */
const THEME_SPEAKERS: Record<string, string[]> = {
  'SEC-CGT': ['ORG-SNUH', 'ORG-KTR-SIHEUNG', 'ORG-SNU-SIHEUNG'],
  'SEC-ANTIBODY': ['ORG-SNUH', 'ORG-SNU-SIHEUNG'],
  'SEC-AI-DRUG': ['ORG-SNU-IFI', 'ORG-SNUH'],
  'SEC-CDMO': ['ORG-SNU-PHARMABIO', 'ORG-TUKOREA', 'ORG-KOREABIO'],
  'SEC-MEDDEVICE': ['ORG-TUKOREA', 'ORG-KTR-SIHEUNG'],
  'SEC-SOBUJANG': ['ORG-KOREABIO', 'ORG-KITECH-SIHEUNG', 'ORG-GBSA'],
  'SEC-CONVERSION': ['ORG-KITECH-SIHEUNG', 'ORG-GG-IACI', 'ORG-GBSA'],
  'SEC-TESTING': ['ORG-KTR-SIHEUNG', 'ORG-SNU-PHARMABIO'],
};

interface EventsOut {
  events: Row[];
  attendance: Row[];
  met: Map<string, string>;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date, moved forward to the next Monday when it falls on a weekend (events are held on weekdays). */
function weekday(y: number, m: number, d: number): string {
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return ymd(y, m, d + (dow === 6 ? 2 : dow === 0 ? 1 : 0));
}

/** Event dates: a few in 2024 (the designation year), more once the programme runs (2025–2026). */
function eventDates(rng: Rng): string[] {
  const perYear: [number, number, number][] = [
    [2024, 3, 6],
    [2025, 1, 16],
    [2026, 1, 13],
  ]; // year, first month, count
  const out: string[] = [];
  for (const [y, m0, n] of perYear) {
    const lastMonth = y === 2026 ? 10 : 12;
    for (let i = 0; i < n; i++) {
      const m = m0 + Math.floor((i * (lastMonth - m0 + 1)) / n);
      out.push(weekday(y, m, rng.int(2, 25)));
    }
  }
  return out.sort();
}

function attendeesFor(
  rng: Rng,
  nodes: readonly GenNode[],
  theme: Theme,
  hub: string,
  date: string,
  type: EventType,
  size: number,
  taken: Set<string>,
): GenNode[] {
  const picked: GenNode[] = [];
  if (type === 'POLICY_ROUNDTABLE' || type === 'FORUM') {
    // Policy meetings bring the public side to the table.
    for (const id of ['ORG-SIHEUNG-CITY', 'ORG-GYEONGGI', 'ORG-GBSA', 'ORG-SIHEUNG-RI']) {
      const n = nodes.find((x) => x.id === id);
      if (n && isActive(n, date) && !taken.has(id) && rng.chance(0.5)) picked.push(n);
    }
  }
  const pool = nodes.filter((n) => n.kind === 'COMPANY' && isActive(n, date) && !taken.has(n.id));
  return picked.concat(
    rng.sampleWeighted(pool, size - picked.length, (n) => {
      let w = theme.sectors.includes(n.sector) ? 4 : 0.4;
      if (hub && n.hub === hub) w *= 2;
      if (n.loner) w *= 0.3;
      return w * (n.lead ? 2 : 1);
    }),
  );
}

function makeEvents(
  rng: Rng,
  nodes: readonly GenNode[],
  hubNames: Map<string, [string, string]>,
  realEvents: readonly Row[],
  realAttendance: readonly Row[],
): EventsOut {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const events: Row[] = [];
  const attendance: Row[] = [];
  const names = new Set<string>();
  const dates = eventDates(rng);
  // Templates are dealt in shuffled rounds so every kind of meeting recurs through the years.
  const order = dates.flatMap((_d, i) => (i % EVENT_TEMPLATES.length === 0 ? rng.shuffle(EVENT_TEMPLATES) : []));
  dates.forEach((date, i) => {
    const tpl = at(order, i);
    const theme = rng.pick(tpl.sobujangOnly ? THEMES.filter(isSobujangTheme) : THEMES);
    const hub = tpl.inHub ? theme.hub || rng.pick(['HUB-BAEGOT', 'HUB-JEONGWANG', 'HUB-SMARTHUB']) : '';
    const [hubKo, hubEn] = get(hubNames, hub || 'HUB-BAEGOT'); // hub-less templates do not use the hub name
    const [y, m] = [yearOf(date), Number(date.slice(5, 7))];
    let name = `${tpl.ko(theme, hubKo)} (${y}년 ${m}월)`;
    let nameEn = `${tpl.en(theme, hubEn)} (${at(MONTHS_EN, m - 1)} ${y})`;
    if (names.has(name)) [name, nameEn] = [`${name} 2차`, `${nameEn}, 2nd session`];
    names.add(name);
    const id = `SYN-EVT-${String(i + 1).padStart(3, '0')}`;
    events.push({ id, name, nameEn, type: tpl.type, date, program: tpl.program, hub, source: SYN, synthetic: true });

    const roles: [GenNode, 'HOST' | 'SPEAKER' | 'PARTICIPANT'][] = [];
    const taken = new Set<string>();
    const add = (n: GenNode | undefined, role: 'HOST' | 'SPEAKER' | 'PARTICIPANT'): void => {
      if (!n || taken.has(n.id) || !isActive(n, date)) return;
      taken.add(n.id);
      roles.push([n, role]);
    };
    add(byId.get('ORG-SIHEUNG-IPA'), 'HOST'); // the secretariat runs the programme's events
    if (hub) add(byId.get(VENUE_HOST[hub] ?? ''), 'HOST');
    if (tpl.type === 'TRAINING' && tpl.program === 'PRG-SUPPORT-COMMERCIAL') add(byId.get('ORG-SNU-PHARMABIO'), 'HOST');
    const speakerIds = rng.shuffle(theme.sectors.flatMap((s) => THEME_SPEAKERS[s] ?? []));
    for (const sid of speakerIds.slice(0, rng.int(1, 2))) add(byId.get(sid), 'SPEAKER');
    const leads = nodes.filter((n) => n.lead && theme.sectors.includes(n.sector));
    if (leads.length > 0 && rng.chance(0.5)) add(rng.pick(leads), 'SPEAKER');
    const size = rng.int(5, 25) - roles.length; // 5–25 organisations in all
    for (const n of attendeesFor(rng, nodes, theme, hub, date, tpl.type, Math.max(2, size), taken))
      add(n, 'PARTICIPANT');
    for (const [n, role] of roles) attendance.push({ orgId: n.id, eventId: id, role, source: SYN, synthetic: true });
  });

  addRealEventGuests(rng, nodes, realEvents, realAttendance, attendance);
  return { events, attendance, met: meetings([...realAttendance, ...attendance], [...realEvents, ...events]) };
}

/**
 * The real events had more guests than the press named (the salon ~40 people, the kickoff ~20):
 * invented company guests fill them out, marked synthetic.
 */
function addRealEventGuests(
  rng: Rng,
  nodes: readonly GenNode[],
  realEvents: readonly Row[],
  realAttendance: readonly Row[],
  out: Row[],
): void {
  for (const ev of realEvents) {
    const id = str(ev, 'id');
    const date = str(ev, 'date');
    const taken = new Set(realAttendance.filter((r) => str(r, 'eventId') === id).map((r) => str(r, 'orgId')));
    const theme = at(THEMES, 5); // both real events were about bio 소부장 and investment in it
    const n = str(ev, 'type') === 'SALON' ? 12 : 3;
    for (const c of attendeesFor(rng, nodes, theme, str(ev, 'hub'), date, 'SALON', n, taken)) {
      out.push({ orgId: c.id, eventId: id, role: 'PARTICIPANT', source: SYN, synthetic: true });
    }
  }
}

/** For every pair of organisations, the first date they were at the same event. */
function meetings(attendance: readonly Row[], events: readonly Row[]): Map<string, string> {
  const dateOf = new Map(events.map((e) => [str(e, 'id'), str(e, 'date')]));
  const byEvent = new Map<string, string[]>();
  for (const a of attendance) {
    const list = byEvent.get(str(a, 'eventId')) ?? [];
    list.push(str(a, 'orgId'));
    byEvent.set(str(a, 'eventId'), list);
  }
  const met = new Map<string, string>();
  for (const [eventId, orgs] of byEvent) {
    const date = get(dateOf, eventId);
    for (let i = 0; i < orgs.length; i++) {
      for (let j = i + 1; j < orgs.length; j++) {
        const k = pairKey(at(orgs, i), at(orgs, j));
        const prev = met.get(k);
        if (prev === undefined || date < prev) met.set(k, date);
      }
    }
  }
  return met;
}

// ---------------------------------------------------------------------------------------------------------
// R&D projects
// ---------------------------------------------------------------------------------------------------------

const PROJECT_LEAD_INSTITUTIONS: Record<string, number> = {
  'ORG-SNU-SIHEUNG': 4,
  'ORG-TUKOREA': 4,
  'ORG-KITECH-SIHEUNG': 2,
  'ORG-SNUH': 2,
  'ORG-SNU-IFI': 1,
  'ORG-KTR-SIHEUNG': 2,
};

const PROJECT_YEARS: Record<string, number> = {
  2017: 2,
  2018: 2,
  2019: 3,
  2020: 3,
  2021: 4,
  2022: 5,
  2023: 6,
  2024: 8,
  2025: 10,
  2026: 6,
};

/** Funders by the sector of the project's topic (strings only; the projects themselves are invented). */
function funderFor(rng: Rng, sector: string): string {
  if (sector === 'SEC-SOBUJANG' || sector === 'SEC-CONVERSION')
    return rng.pick(['산업통상자원부', '중소벤처기업부', '경기도', '시흥시']);
  if (sector === 'SEC-MEDDEVICE' || sector === 'SEC-TESTING')
    return rng.pick(['산업통상자원부', '식품의약품안전처', '경기도']);
  if (sector === 'SEC-DIGITAL-HEALTH' || sector === 'SEC-AI-DRUG')
    return rng.pick(['과학기술정보통신부', '보건복지부', '경기도']);
  if (sector === 'SEC-CDMO' || sector === 'SEC-BIOSIMILAR') return rng.pick(['산업통상자원부', '보건복지부', '경기도']);
  return rng.pick(['보건복지부', '과학기술정보통신부', '산업통상자원부']);
}

function projectTitle(cap: string, tax: Taxonomy, taken: ReadonlySet<string>): [string, string] {
  const first = firstTitle(cap, tax);
  if (!taken.has(first[0])) return first;
  // A second project on the same topic is the follow-up: demonstration and commercialisation.
  const ko = get(tax.name, cap);
  return [`${ko} 실증 및 사업화`, `Demonstrating and commercialising ${lcFirst(get(tax.nameEn, cap))}`];
}

function firstTitle(cap: string, tax: Taxonomy): [string, string] {
  const ko = get(tax.name, cap);
  const en = lcFirst(get(tax.nameEn, cap));
  switch (get(tax.broader, cap)) {
    case 'SEC-SOBUJANG':
      return [`${ko} 국산화 기술개발`, `Localising ${en}`];
    case 'SEC-CONVERSION':
      return [`바이오 공정장비용 ${ko} 기술개발`, `${get(tax.nameEn, cap)} for bioprocess equipment`];
    case 'SEC-CDMO':
    case 'SEC-BIOSIMILAR':
      return [`${ko} 고도화 및 실증`, `Scaling up and demonstrating ${en}`];
    case 'SEC-MEDDEVICE':
    case 'SEC-DIGITAL-HEALTH':
      return [`${ko} 플랫폼 개발 및 임상 실증`, `A ${en} platform and its clinical validation`];
    case 'SEC-TESTING':
    case 'SEC-CLINICAL':
    case 'SEC-GMP-TRAINING':
      return [`${ko} 지원체계 구축`, `Support infrastructure for ${en}`];
    default:
      return [`${ko} 기반 차세대 치료제 개발`, `Next-generation therapeutics using ${en}`];
  }
}

interface ProjectsOut {
  projects: Row[];
  members: Row[];
}

function projectLead(rng: Rng, nodes: readonly GenNode[], date: string): GenNode {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  if (rng.chance(0.55)) {
    const inst = rng.weighted(Object.keys(PROJECT_LEAD_INSTITUTIONS), (id) =>
      isActive(get(byId, id), date) ? (PROJECT_LEAD_INSTITUTIONS[id] ?? 0) : 0,
    );
    if (inst) return get(byId, inst);
  }
  const firms = nodes.filter((n) => n.kind === 'COMPANY' && !n.loner && isActive(n, date));
  const lead = rng.weighted(firms, (n) => (n.lead ? 8 : Math.log10(n.employees)));
  if (!lead) throw new Error(`no project lead available at ${date}`);
  return lead;
}

/** Projects first, so their members' JOINT_RD links are part of the network the random links grow from. */
function makeProjects(rng: Rng, ctx: NetContext, tax: Taxonomy, count: number): ProjectsOut {
  const projects: Row[] = [];
  const members: Row[] = [];
  const titles = new Set<string>();
  for (let i = 1; i <= count; i++) {
    const startYear = Number(rng.weightedKey(PROJECT_YEARS));
    const start = ymd(startYear, rng.int(3, 6), 1); // government R&D years start in spring
    const lead = projectLead(rng, ctx.nodes, start);
    const pool = ctx.nodes.filter((n) => n.kind === 'COMPANY' && !n.loner && n.id !== lead.id && isActive(n, start));
    const partners = rng.sampleWeighted(pool, rng.int(1, 4), (n) => partnerWeight(ctx, 'JOINT_RD', lead, n, start));
    const topicHolder = lead.kind === 'COMPANY' ? lead : at(partners, 0);
    const cap = rng.pick([...topicHolder.caps]);
    let [title, titleEn] = projectTitle(cap, tax, titles);
    if (titles.has(title)) [title, titleEn] = [`${title} (${startYear})`, `${titleEn} (${startYear})`];
    titles.add(title);
    const years = rng.int(1, 4);
    const endYear = startYear + years;
    const budget = Math.round((rng.logUniform(150, 2500) * (lead.kind === 'COMPANY' ? 1 : 1.5)) / 10) * 10;
    const id = `SYN-PRJ-${String(i).padStart(3, '0')}`;
    projects.push({
      id,
      title,
      titleEn,
      funder: funderFor(rng, get(tax.broader, cap)),
      startYear,
      endYear,
      budgetMillionKrw: budget,
      source: SYN,
      synthetic: true,
    });
    members.push({ projectId: id, orgId: lead.id, role: 'LEAD', source: SYN, synthetic: true });
    const until = ymd(endYear, 12, 31) <= DATA_END ? ymd(endYear, 12, 31) : '';
    for (const p of partners) {
      members.push({ projectId: id, orgId: p.id, role: 'PARTNER', source: SYN, synthetic: true });
      // Most consortium members also show up as a JOINT_RD link; a few do not, as in real records.
      if (rng.chance(0.88)) {
        ctx.net.add({
          id: '',
          from: lead.id,
          to: p.id,
          kind: 'JOINT_RD',
          since: start,
          until,
          weight: rng.int(3, 5),
          title: title.slice(0, 40),
          source: SYN,
          synthetic: true,
        });
      }
    }
  }
  return { projects, members };
}

// ---------------------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------------------

function taxonomyOf(rows: readonly Row[]): Taxonomy {
  return {
    name: new Map(rows.map((r) => [str(r, 'id'), str(r, 'name')])),
    nameEn: new Map(rows.map((r) => [str(r, 'id'), str(r, 'nameEn')])),
    broader: new Map(rows.map((r) => [str(r, 'id'), str(r, 'broader') || str(r, 'id')])),
  };
}

function realLinks(rows: readonly Row[]): Link[] {
  return rows.map((r) => ({
    id: str(r, 'id'),
    from: str(r, 'from'),
    to: str(r, 'to'),
    kind: str(r, 'kind') as LinkKind,
    since: str(r, 'since'),
    until: str(r, 'until'),
    weight: Number(str(r, 'weight') || 1),
    title: str(r, 'title'),
    source: str(r, 'source'),
    synthetic: false,
  }));
}

/** Synthetic link ids in chronological order, so SYN-LNK-0001 is the oldest invented link. */
function numberSyntheticLinks(links: readonly Link[]): Link[] {
  const syn = links.filter((l) => l.synthetic);
  syn.sort((a, b) =>
    a.since !== b.since
      ? a.since < b.since
        ? -1
        : 1
      : a.from !== b.from
        ? a.from < b.from
          ? -1
          : 1
        : a.to < b.to
          ? -1
          : a.to > b.to
            ? 1
            : a.kind < b.kind
              ? -1
              : 1,
  );
  return syn.map((l, i) => ({ ...l, id: `SYN-LNK-${String(i + 1).padStart(4, '0')}` }));
}

function main(): void {
  const rng = new Rng(PRNG_SEED);
  const real = Object.fromEntries((Object.keys(COLUMNS) as FileName[]).map((f) => [f, readReal(f)])) as Record<
    FileName,
    Row[]
  >;
  const tax = taxonomyOf(real.capabilities);
  const hubNames = new Map(
    real.hubs.map((h) => [str(h, 'id'), [str(h, 'name'), str(h, 'nameEn')] as [string, string]]),
  );

  const realCaps = new Map<string, Set<string>>();
  for (const r of real.organization_capabilities) {
    const s = realCaps.get(str(r, 'orgId')) ?? new Set<string>();
    s.add(str(r, 'capabilityId'));
    realCaps.set(str(r, 'orgId'), s);
  }
  const institutions = real.organizations.map((r) => realNode(r, realCaps.get(str(r, 'id')) ?? new Set()));
  const companies = makeCompanies(rng, tax);
  chooseLoners(
    rng,
    companies.map((c) => c.node),
  );
  const nodes = [...institutions, ...companies.map((c) => c.node)];

  const { events, attendance, met } = makeEvents(rng, nodes, hubNames, real.events, real.attendance);
  const net = new Network();
  for (const l of realLinks(real.collaborations)) net.add(l);
  const ctx: NetContext = { net, nodes, met };
  const { projects, members } = makeProjects(rng, ctx, tax, 25);
  // ~470 from growth; filling the gaps of weakly linked organisations brings the total to ~500.
  for (const date of sampleDates(rng, 470, net.links)) growOne(ctx, rng, date, tax);
  fillGaps(ctx, rng, tax);

  const synLinks = numberSyntheticLinks(net.links);
  const orgCaps: Row[] = companies.flatMap((c) =>
    [...c.node.caps].map((cap) => ({ orgId: c.node.id, capabilityId: cap, source: SYN, synthetic: true })),
  );
  const orgNeeds: Row[] = companies.flatMap((c) =>
    [...c.node.needs].map((cap, i) => ({
      orgId: c.node.id,
      capabilityId: cap,
      priority: i + 1,
      source: SURVEY,
      synthetic: true,
    })),
  );

  const out: Record<FileName, Row[]> = {
    hubs: real.hubs,
    capabilities: real.capabilities,
    organizations: [...real.organizations, ...companies.map((c) => c.row)],
    organization_capabilities: [...real.organization_capabilities, ...orgCaps],
    organization_needs: [...real.organization_needs, ...orgNeeds],
    collaborations: [...real.collaborations, ...synLinks.map((l): Row => ({ ...l }))],
    programs: real.programs,
    events: [...real.events, ...events],
    attendance: [...real.attendance, ...attendance],
    projects: [...real.projects, ...projects],
    project_members: [...real.project_members, ...members],
  };
  mkdirSync(OUT_DIR, { recursive: true });
  for (const file of Object.keys(COLUMNS) as FileName[]) {
    writeFileSync(join(OUT_DIR, `${file}.csv`), toCsv(file, out[file]));
    console.log(`${file}.csv: ${out[file].length} rows`);
  }
}

main();
