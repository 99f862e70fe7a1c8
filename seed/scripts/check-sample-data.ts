// Checks seed/data/sample/*.csv against the CSV contract (docs/data.md) and prints the dataset's vital statistics.
//
// Independent of the generator on purpose: it re-reads the files with csv-parse, so quoting mistakes, broken
// references, inconsistent link kinds or a synthetic link touching a real company fail here (exit code 1).
// Run from the repository root: node_modules/.bin/tsx seed/scripts/check-sample-data.ts [dir]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

type Row = Record<string, string>;

const DEFAULT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sample');

/** Columns per file; `*` marks a required column. */
const SPEC: Record<string, string[]> = {
  hubs: ['id*', 'name*', 'nameEn*', 'role', 'roleEn', 'lat', 'lng', 'source*', 'synthetic*'],
  capabilities: ['id*', 'name*', 'nameEn*', 'level*', 'broader', 'source*', 'synthetic*'],
  organizations: [
    'id*', 'name*', 'nameEn*', 'aliases', 'kind*', 'hub', 'sector', 'founded', 'employees', 'status*',
    'description', 'descriptionEn', 'website', 'source*', 'synthetic*',
  ],
  organization_capabilities: ['orgId*', 'capabilityId*', 'source*', 'synthetic*'],
  organization_needs: ['orgId*', 'capabilityId*', 'priority*', 'source*', 'synthetic*'],
  collaborations: ['id*', 'from*', 'to*', 'kind*', 'since*', 'until', 'weight', 'title', 'source*', 'synthetic*'],
  programs: ['id*', 'name*', 'nameEn*', 'parent', 'description', 'descriptionEn', 'source*', 'synthetic*'],
  events: ['id*', 'name*', 'nameEn*', 'type*', 'date*', 'program', 'hub', 'source*', 'synthetic*'],
  attendance: ['orgId*', 'eventId*', 'role*', 'source*', 'synthetic*'],
  projects: ['id*', 'title*', 'titleEn*', 'funder*', 'startYear*', 'endYear', 'budgetMillionKrw', 'source*', 'synthetic*'],
  project_members: ['projectId*', 'orgId*', 'role*', 'source*', 'synthetic*'],
};

const ENUMS: Record<string, Record<string, string[]>> = {
  capabilities: { level: ['SECTOR', 'CAPABILITY'] },
  organizations: {
    kind: ['COMPANY', 'UNIVERSITY', 'HOSPITAL', 'RESEARCH_INSTITUTE', 'PUBLIC_AGENCY', 'SUPPORT_ORG'],
    status: ['ACTIVE', 'PLANNED'],
  },
  organization_needs: { priority: ['1', '2', '3'] },
  collaborations: { kind: ['JOINT_RD', 'CO_PUBLICATION', 'CLINICAL_TRIAL', 'TECH_TRANSFER', 'SUPPLY', 'MOU', 'INVESTMENT'] },
  events: { type: ['TECH_EXCHANGE', 'WORKSHOP', 'POLICY_ROUNDTABLE', 'FORUM', 'SALON', 'KICKOFF', 'TRAINING'] },
  attendance: { role: ['HOST', 'SPEAKER', 'PARTICIPANT'] },
  project_members: { role: ['LEAD', 'PARTNER'] },
};

const errors: string[] = [];
const fail = (msg: string): void => {
  errors.push(msg);
};

// ---------------------------------------------------------------------------------------------------------
// Reading and per-file validation
// ---------------------------------------------------------------------------------------------------------

function readFile(dir: string, file: string): Row[] {
  const text = readFileSync(join(dir, `${file}.csv`), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) fail(`${file}.csv: has a BOM`);
  const records = parse(text, { skip_empty_lines: true }) as string[][];
  const [header, ...body] = records;
  const expected = (SPEC[file] ?? []).map((c) => c.replace('*', ''));
  if (header?.join(',') !== expected.join(',')) fail(`${file}.csv: header ${header?.join(',')} ≠ ${expected.join(',')}`);
  return body.map((cells) => Object.fromEntries(expected.map((c, i) => [c, cells[i] ?? ''])));
}

const isDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

function validateRows(file: string, rows: Row[]): void {
  const spec = SPEC[file] ?? [];
  rows.forEach((r, i) => {
    const where = `${file}.csv row ${i + 2}`;
    for (const col of spec) {
      if (col.endsWith('*') && r[col.slice(0, -1)] === '') fail(`${where}: ${col.slice(0, -1)} is required`);
    }
    for (const [col, allowed] of Object.entries(ENUMS[file] ?? {})) {
      if (!allowed.includes(r[col] ?? '')) fail(`${where}: ${col}=${r[col]} not in ${allowed.join('/')}`);
    }
    if (!['true', 'false'].includes(r.synthetic ?? '')) fail(`${where}: synthetic must be true/false`);
    if (r.synthetic === 'true' && !(r.source ?? '').startsWith('synthetic:')) fail(`${where}: synthetic row without a synthetic: source`);
    if (r.synthetic === 'false' && (r.source ?? '').startsWith('synthetic:')) fail(`${where}: real row with a synthetic: source`);
    if (r.id !== undefined && !/^[A-Z0-9-]+$/.test(r.id)) fail(`${where}: id ${r.id} is not uppercase ASCII with hyphens`);
    if (r.id?.startsWith('SYN-') && r.synthetic !== 'true') fail(`${where}: ${r.id} has a SYN- id but synthetic=false`);
    for (const col of ['since', 'until', 'date']) {
      if (r[col] && !isDate(r[col] ?? '')) fail(`${where}: ${col}=${r[col]} is not YYYY-MM-DD`);
    }
  });
  const ids = rows.map((r) => r.id).filter((x): x is string => x !== undefined);
  const dup = ids.filter((x, i) => ids.indexOf(x) !== i);
  if (dup.length > 0) fail(`${file}.csv: duplicate ids ${[...new Set(dup)].join(', ')}`);
}

// ---------------------------------------------------------------------------------------------------------
// Cross-file checks
// ---------------------------------------------------------------------------------------------------------

type Data = Record<string, Row[]>;

function ref(set: ReadonlySet<string>, value: string | undefined, where: string, optional = false): void {
  if (optional && !value) return;
  if (!value || !set.has(value)) fail(`${where}: unresolved reference ${value}`);
}

function checkReferences(d: Data): void {
  const ids = (f: string): Set<string> => new Set((d[f] ?? []).map((r) => r.id ?? ''));
  const hubs = ids('hubs');
  const caps = ids('capabilities');
  const orgs = ids('organizations');
  const programs = ids('programs');
  const events = ids('events');
  const projects = ids('projects');
  const sectors = new Set((d.capabilities ?? []).filter((c) => c.level === 'SECTOR').map((c) => c.id ?? ''));
  for (const c of d.capabilities ?? []) {
    if (c.level === 'SECTOR' && c.broader) fail(`capability ${c.id}: a SECTOR has no broader`);
    if (c.level === 'CAPABILITY') ref(sectors, c.broader, `capability ${c.id} broader`);
  }
  for (const o of d.organizations ?? []) {
    ref(hubs, o.hub, `organization ${o.id} hub`, true);
    ref(sectors, o.sector, `organization ${o.id} sector`, true);
  }
  for (const f of ['organization_capabilities', 'organization_needs']) {
    for (const r of d[f] ?? []) {
      ref(orgs, r.orgId, `${f} orgId`);
      ref(caps, r.capabilityId, `${f} capabilityId`);
    }
  }
  for (const l of d.collaborations ?? []) {
    ref(orgs, l.from, `link ${l.id} from`);
    ref(orgs, l.to, `link ${l.id} to`);
  }
  for (const p of d.programs ?? []) ref(programs, p.parent, `program ${p.id} parent`, true);
  for (const e of d.events ?? []) {
    ref(programs, e.program, `event ${e.id} program`, true);
    ref(hubs, e.hub, `event ${e.id} hub`, true);
  }
  for (const a of d.attendance ?? []) {
    ref(orgs, a.orgId, 'attendance orgId');
    ref(events, a.eventId, 'attendance eventId');
  }
  for (const m of d.project_members ?? []) {
    ref(projects, m.projectId, 'project_members projectId');
    ref(orgs, m.orgId, 'project_members orgId');
  }
}

const ACADEMIC = new Set(['UNIVERSITY', 'RESEARCH_INSTITUTE', 'HOSPITAL']);

/** Link kinds must fit the pair (see docs/data.md); synthetic links never touch a real company. */
function checkLinks(d: Data): void {
  const kindOf = new Map((d.organizations ?? []).map((o) => [o.id ?? '', o.kind ?? '']));
  const org = new Map((d.organizations ?? []).map((o) => [o.id ?? '', o]));
  const seen = new Set<string>();
  for (const l of d.collaborations ?? []) {
    const [a, b] = [l.from ?? '', l.to ?? ''];
    const [ka, kb] = [kindOf.get(a) ?? '', kindOf.get(b) ?? ''];
    const where = `link ${l.id}`;
    if (a === b) fail(`${where}: self-link`);
    const key = `${[a, b].sort().join('|')}|${l.kind}|${l.since}`;
    if (seen.has(key)) fail(`${where}: duplicate (pair, kind, since)`);
    seen.add(key);
    if (l.until && (l.until ?? '') <= (l.since ?? '')) fail(`${where}: until ≤ since`);
    if (l.weight && !(Number(l.weight) > 0)) fail(`${where}: weight must be > 0`);
    for (const id of [a, b]) {
      const o = org.get(id);
      if (o?.kind === 'COMPANY' && o.synthetic === 'false') fail(`${where}: touches the real company ${id}`);
      if (l.synthetic === 'true' && o?.kind === 'COMPANY' && !id.startsWith('SYN-CO-')) fail(`${where}: synthetic link to a non-synthetic company ${id}`);
    }
    const ok =
      l.kind === 'CLINICAL_TRIAL' ? ka === 'HOSPITAL' || kb === 'HOSPITAL'
      : l.kind === 'CO_PUBLICATION' ? ACADEMIC.has(ka) || ACADEMIC.has(kb)
      : l.kind === 'SUPPLY' ? ka === 'COMPANY' && kb === 'COMPANY'
      : l.kind === 'TECH_TRANSFER' ? (ka === 'UNIVERSITY' || ka === 'RESEARCH_INSTITUTE') && kb === 'COMPANY'
      : l.kind === 'INVESTMENT' ? (ka === 'COMPANY' || ka === 'PUBLIC_AGENCY') && kb === 'COMPANY'
      : true;
    if (!ok) fail(`${where}: kind ${l.kind} does not fit ${ka} → ${kb}`);
    const founded = Number(org.get(a)?.founded || 0);
    const founded2 = Number(org.get(b)?.founded || 0);
    if (l.synthetic === 'true' && Number((l.since ?? '').slice(0, 4)) < Math.max(founded, founded2)) fail(`${where}: starts before a party was founded`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------------------

function countBy<T>(xs: readonly T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Degree = number of links (multi-links counted); neighbours = distinct partners. */
function degrees(d: Data): { degree: Map<string, number>; nbrs: Map<string, Set<string>> } {
  const degree = new Map((d.organizations ?? []).map((o) => [o.id ?? '', 0]));
  const nbrs = new Map((d.organizations ?? []).map((o) => [o.id ?? '', new Set<string>()]));
  for (const l of d.collaborations ?? []) {
    for (const [x, y] of [[l.from ?? '', l.to ?? ''], [l.to ?? '', l.from ?? '']] as const) {
      degree.set(x, (degree.get(x) ?? 0) + 1);
      nbrs.get(x)?.add(y);
    }
  }
  return { degree, nbrs };
}

function averageClustering(nbrs: Map<string, Set<string>>): number {
  let sum = 0;
  let n = 0;
  for (const [, ns] of nbrs) {
    const list = [...ns];
    if (list.length < 2) continue;
    let closed = 0;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) if (nbrs.get(list[i] ?? '')?.has(list[j] ?? '')) closed++;
    }
    sum += closed / ((list.length * (list.length - 1)) / 2);
    n++;
  }
  return n ? sum / n : 0;
}

function printStats(d: Data): void {
  const orgs = d.organizations ?? [];
  const links = d.collaborations ?? [];
  const name = new Map(orgs.map((o) => [o.id ?? '', o.nameEn ?? '']));
  console.log('\nRows per file:');
  for (const f of Object.keys(SPEC)) console.log(`  ${f}.csv: ${(d[f] ?? []).length}`);
  console.log('\nOrganisations by kind (real / synthetic):');
  for (const [k, n] of Object.entries(countBy(orgs, (o) => o.kind ?? ''))) {
    const syn = orgs.filter((o) => o.kind === k && o.synthetic === 'true').length;
    console.log(`  ${k}: ${n} (${n - syn} / ${syn})`);
  }
  console.log('  by hub:', JSON.stringify(countBy(orgs, (o) => o.hub || '(none)')));
  console.log('\nLinks by kind:', JSON.stringify(countBy(links, (l) => l.kind ?? '')));
  console.log('Links real / synthetic:', links.filter((l) => l.synthetic === 'false').length, '/', links.filter((l) => l.synthetic === 'true').length, '; ended (until set):', links.filter((l) => l.until).length);
  console.log('Links by year of since:', JSON.stringify(countBy(links, (l) => (l.since ?? '').slice(0, 4))));

  const { degree, nbrs } = degrees(d);
  const ds = [...degree.values()];
  const top = [...degree.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12);
  console.log(`\nDegree: max ${Math.max(...ds)}, median ${median(ds)}, mean ${(ds.reduce((s, x) => s + x, 0) / ds.length).toFixed(2)}`);
  console.log(`  degree 0: ${ds.filter((x) => x === 0).length}; degree 1: ${ds.filter((x) => x === 1).length}`);
  console.log('  top:', top.map(([id, n]) => `${name.get(id)} ${n}`).join('; '));
  console.log(`  average clustering: ${averageClustering(nbrs).toFixed(3)}`);
  const hub = new Map(orgs.map((o) => [o.id ?? '', o]));
  const cc = links.filter((l) => hub.get(l.from ?? '')?.kind === 'COMPANY' && hub.get(l.to ?? '')?.kind === 'COMPANY');
  const cross = cc.filter((l) => {
    const [ha, hb] = [hub.get(l.from ?? '')?.hub, hub.get(l.to ?? '')?.hub];
    return ha && hb && ha !== hb;
  });
  console.log(`  company–company links across hubs: ${cross.length} of ${cc.length}`);

  const perEvent = countBy(d.attendance ?? [], (a) => a.eventId ?? '');
  const sizes = Object.values(perEvent);
  console.log(`\nEvents: ${(d.events ?? []).length}; attendance per event min ${Math.min(...sizes)}, max ${Math.max(...sizes)}`);
  console.log('  by type:', JSON.stringify(countBy(d.events ?? [], (e) => e.type ?? '')));
  const perProject = Object.values(countBy(d.project_members ?? [], (m) => m.projectId ?? ''));
  console.log(`Projects: ${(d.projects ?? []).length}; members per project min ${Math.min(...perProject)}, max ${Math.max(...perProject)}`);
  const jrd = new Set(links.filter((l) => l.kind === 'JOINT_RD').map((l) => [l.from, l.to].sort().join('|')));
  const pairs = projectPairs(d);
  console.log(`  lead–partner pairs with a JOINT_RD link: ${pairs.filter((p) => jrd.has(p)).length} of ${pairs.length}`);
}

function projectPairs(d: Data): string[] {
  const out: string[] = [];
  for (const p of d.projects ?? []) {
    const ms = (d.project_members ?? []).filter((m) => m.projectId === p.id);
    const lead = ms.find((m) => m.role === 'LEAD')?.orgId ?? '';
    for (const m of ms) if (m.role === 'PARTNER') out.push([lead, m.orgId ?? ''].sort().join('|'));
  }
  return out;
}

/** Association rows (org–capability, org–event, project–org) appear once each. */
function checkDuplicates(d: Data): void {
  const keys: Record<string, (r: Row) => string> = {
    organization_capabilities: (r) => `${r.orgId}|${r.capabilityId}`,
    organization_needs: (r) => `${r.orgId}|${r.capabilityId}`,
    attendance: (r) => `${r.orgId}|${r.eventId}`,
    project_members: (r) => `${r.projectId}|${r.orgId}`,
  };
  for (const [file, key] of Object.entries(keys)) {
    const seen = new Set<string>();
    for (const r of d[file] ?? []) {
      if (seen.has(key(r))) fail(`${file}.csv: duplicate row ${key(r)}`);
      seen.add(key(r));
    }
  }
}

function checkCoverage(d: Data): void {
  const { degree } = degrees(d);
  for (const [id, n] of degree) if (n === 0) fail(`organisation ${id} has no link`);
  for (const o of d.organizations ?? []) {
    // A reader must never take an invented company for a real one.
    if (o.synthetic === 'true' && !(o.descriptionEn ?? '').startsWith('Fictional company for the sample dataset.')) fail(`organisation ${o.id}: synthetic without the fictional marker`);
    if (o.kind === 'COMPANY' && o.synthetic !== 'true') fail(`organisation ${o.id}: the sample holds no real companies`);
  }
  const kinds = new Set((d.organizations ?? []).map((o) => o.kind));
  for (const k of ENUMS.organizations?.kind ?? []) if (!kinds.has(k)) fail(`no organisation of kind ${k}`);
  const perEvent = countBy(d.attendance ?? [], (a) => a.eventId ?? '');
  for (const e of d.events ?? []) if (!perEvent[e.id ?? '']) fail(`event ${e.id} has no attendance`);
  for (const p of d.projects ?? []) {
    const ms = (d.project_members ?? []).filter((m) => m.projectId === p.id);
    if (ms.filter((m) => m.role === 'LEAD').length !== 1) fail(`project ${p.id} needs exactly one LEAD`);
  }
}

function main(): void {
  const dir = process.argv[2] ?? DEFAULT_DIR;
  const data: Data = {};
  for (const f of Object.keys(SPEC)) {
    data[f] = readFile(dir, f);
    validateRows(f, data[f] ?? []);
  }
  checkReferences(data);
  checkLinks(data);
  checkDuplicates(data);
  checkCoverage(data);
  printStats(data);
  if (errors.length > 0) {
    console.error(`\n${errors.length} problem(s):`);
    for (const e of errors.slice(0, 50)) console.error(`  ${e}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll checks passed: every reference resolves, link kinds fit their pairs, no link touches a real company.');
  }
}

main();
