// Checks seed/data/sample against the rules the sample data keeps beyond the CSV contract, and prints its vital
// statistics. The contract itself (headers, types, references, keys, one link per pair, kind and start date) is the
// importer's: the files are read with seed's readDataset, so whatever it rejects fails here too (exit code 1).
// Sample-only rules: no BOM, provenance matches `synthetic`, link kinds fit their pairs, no link touches a real
// company, every organisation linked, every event attended, one lead per project.
// Run from the repository root: node_modules/.bin/tsx seed/scripts/check-sample-data.ts [dir]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusteringOfPairs } from '@siheung/core/clustering';
import { DatasetInvalidError, formatProblem, readDataset, type Dataset } from '../src/dataset/index.ts';

const DEFAULT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sample');
const ACADEMIC = new Set(['UNIVERSITY', 'RESEARCH_INSTITUTE', 'HOSPITAL']);

const errors: string[] = [];
const fail = (message: string): void => void errors.push(message);

interface Provenanced {
  id?: string;
  source: string;
  synthetic: boolean;
}

/** Synthetic rows say so in their source, real ones never; SYN- ids are synthetic (docs/data.md). */
function checkProvenance(data: Dataset): void {
  for (const [type, rows] of Object.entries(data) as Array<[string, Provenanced[]]>) {
    rows.forEach((row, index) => {
      const where = `${type} row ${index + 2}${row.id ? ` (${row.id})` : ''}`;
      if (row.synthetic && !row.source.startsWith('synthetic:'))
        fail(`${where}: synthetic row without a synthetic: source`);
      if (!row.synthetic && row.source.startsWith('synthetic:')) fail(`${where}: real row with a synthetic: source`);
      if (row.id?.startsWith('SYN-') && !row.synthetic) fail(`${where}: a SYN- id but synthetic=false`);
    });
  }
}

/** Link kinds must fit the pair; synthetic links never touch a real company, nor start before a party was founded. */
function checkLinks(data: Dataset): void {
  const org = new Map(data.organizations.map((o) => [o.id, o]));
  for (const link of data.collaborations) {
    const [a, b] = [org.get(link.from), org.get(link.to)];
    const [ka, kb] = [a?.kind ?? '', b?.kind ?? ''];
    const where = `link ${link.id}`;
    for (const party of [a, b]) {
      if (party?.kind !== 'COMPANY') continue;
      if (!party.synthetic) fail(`${where}: touches the real company ${party.id}`);
      else if (link.synthetic && !party.id.startsWith('SYN-CO-'))
        fail(`${where}: synthetic link to a non-synthetic company ${party.id}`);
    }
    const fits =
      link.kind === 'CLINICAL_TRIAL'
        ? ka === 'HOSPITAL' || kb === 'HOSPITAL'
        : link.kind === 'CO_PUBLICATION'
          ? ACADEMIC.has(ka) || ACADEMIC.has(kb)
          : link.kind === 'SUPPLY'
            ? ka === 'COMPANY' && kb === 'COMPANY'
            : link.kind === 'TECH_TRANSFER'
              ? (ka === 'UNIVERSITY' || ka === 'RESEARCH_INSTITUTE') && kb === 'COMPANY'
              : link.kind === 'INVESTMENT'
                ? (ka === 'COMPANY' || ka === 'PUBLIC_AGENCY') && kb === 'COMPANY'
                : true;
    if (!fits) fail(`${where}: kind ${link.kind} does not fit ${ka} → ${kb}`);
    const founded = Math.max(a?.founded ?? 0, b?.founded ?? 0);
    if (link.synthetic && Number(link.since.slice(0, 4)) < founded) fail(`${where}: starts before a party was founded`);
  }
}

function checkCoverage(data: Dataset): void {
  const linked = new Set(data.collaborations.flatMap((link) => [link.from, link.to]));
  for (const o of data.organizations) {
    if (!linked.has(o.id)) fail(`organisation ${o.id} has no link`);
    // A reader must never take an invented company for a real one.
    if (o.synthetic && !(o.descriptionEn ?? '').startsWith('Fictional company for the sample dataset.'))
      fail(`organisation ${o.id}: synthetic without the fictional marker`);
    if (o.kind === 'COMPANY' && !o.synthetic) fail(`organisation ${o.id}: the sample holds no real companies`);
  }
  const kinds = new Set(data.organizations.map((o) => o.kind));
  for (const kind of ['COMPANY', 'UNIVERSITY', 'HOSPITAL', 'RESEARCH_INSTITUTE', 'PUBLIC_AGENCY', 'SUPPORT_ORG']) {
    if (!kinds.has(kind as never)) fail(`no organisation of kind ${kind}`);
  }
  const attended = new Set(data.attendance.map((a) => a.eventId));
  for (const event of data.events) if (!attended.has(event.id)) fail(`event ${event.id} has no attendance`);
  for (const project of data.projects) {
    const leads = data.projectMembers.filter((m) => m.projectId === project.id && m.role === 'LEAD').length;
    if (leads !== 1) fail(`project ${project.id} needs exactly one LEAD`);
  }
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function printStats(data: Dataset): void {
  const { organizations: orgs, collaborations: links } = data;
  console.log('\nRows per type:');
  for (const [type, rows] of Object.entries(data)) console.log(`  ${type}: ${(rows as unknown[]).length}`);
  console.log('\nOrganisations by kind (real / synthetic):');
  for (const [kind, n] of Object.entries(countBy(orgs, (o) => o.kind))) {
    const synthetic = orgs.filter((o) => o.kind === kind && o.synthetic).length;
    console.log(`  ${kind}: ${n} (${n - synthetic} / ${synthetic})`);
  }
  console.log('  by hub:', JSON.stringify(countBy(orgs, (o) => o.hub ?? '(none)')));
  console.log('\nLinks by kind:', JSON.stringify(countBy(links, (l) => l.kind)));
  console.log(
    'Links real / synthetic:',
    links.filter((l) => !l.synthetic).length,
    '/',
    links.filter((l) => l.synthetic).length,
    '; ended (until set):',
    links.filter((l) => l.until).length,
  );
  console.log('Links by year of since:', JSON.stringify(countBy(links, (l) => l.since.slice(0, 4))));

  // Degree = links (several between a pair counted); clustering as the analytics compute it (networkx's definition).
  const index = new Map(orgs.map((o, i) => [o.id, i]));
  const degree = new Array<number>(orgs.length).fill(0);
  const pairs = links.map((l) => [index.get(l.from)!, index.get(l.to)!] as const);
  for (const [a, b] of pairs) [degree[a], degree[b]] = [degree[a]! + 1, degree[b]! + 1];
  const top = orgs
    .map((o, i) => [o.nameEn, degree[i]!, o.id] as const)
    .sort((x, y) => y[1] - x[1] || (x[2] < y[2] ? -1 : 1))
    .slice(0, 12);
  console.log(
    `\nDegree: max ${Math.max(...degree)}, median ${median(degree)}, mean ` +
      `${(degree.reduce((s, d) => s + d, 0) / degree.length).toFixed(2)}`,
  );
  console.log(`  degree 0: ${degree.filter((d) => d === 0).length}; degree 1: ${degree.filter((d) => d === 1).length}`);
  console.log('  top:', top.map(([name, d]) => `${name} ${d}`).join('; '));
  console.log(`  average clustering: ${clusteringOfPairs(orgs.length, pairs).averageClustering.toFixed(3)}`);
  const org = new Map(orgs.map((o) => [o.id, o]));
  const companyPairs = links.filter((l) => org.get(l.from)?.kind === 'COMPANY' && org.get(l.to)?.kind === 'COMPANY');
  const acrossHubs = companyPairs.filter((l) => {
    const [ha, hb] = [org.get(l.from)?.hub, org.get(l.to)?.hub];
    return ha && hb && ha !== hb;
  });
  console.log(`  company–company links across hubs: ${acrossHubs.length} of ${companyPairs.length}`);

  const sizes = Object.values(countBy(data.attendance, (a) => a.eventId));
  console.log(
    `\nEvents: ${data.events.length}; attendance per event min ${Math.min(...sizes)}, max ${Math.max(...sizes)}`,
  );
  console.log('  by type:', JSON.stringify(countBy(data.events, (e) => e.type)));
  const perProject = Object.values(countBy(data.projectMembers, (m) => m.projectId));
  console.log(
    `Projects: ${data.projects.length}; members per project min ${Math.min(...perProject)}, max ` +
      `${Math.max(...perProject)}`,
  );
  const jointRd = new Set(links.filter((l) => l.kind === 'JOINT_RD').map((l) => [l.from, l.to].sort().join('|')));
  const leadPartner = data.projects.flatMap((p) => {
    const members = data.projectMembers.filter((m) => m.projectId === p.id);
    const lead = members.find((m) => m.role === 'LEAD')?.orgId ?? '';
    return members.filter((m) => m.role === 'PARTNER').map((m) => [lead, m.orgId].sort().join('|'));
  });
  console.log(
    `  lead–partner pairs with a JOINT_RD link: ${leadPartner.filter((p) => jointRd.has(p)).length} of ` +
      `${leadPartner.length}`,
  );
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? DEFAULT_DIR;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.csv'))) {
    if (readFileSync(join(dir, file))[0] === 0xef) fail(`${file}: has a BOM`);
  }
  let data: Dataset;
  try {
    data = await readDataset(dir);
  } catch (error) {
    if (!(error instanceof DatasetInvalidError)) throw error;
    console.error(`${error.problems.length} problem(s) the importer would reject:`);
    for (const problem of error.problems.slice(0, 50)) console.error(`  ${formatProblem(problem)}`);
    process.exitCode = 1;
    return;
  }
  checkProvenance(data);
  checkLinks(data);
  checkCoverage(data);
  printStats(data);
  if (errors.length > 0) {
    console.error(`\n${errors.length} problem(s):`);
    for (const message of errors.slice(0, 50)) console.error(`  ${message}`);
    process.exitCode = 1;
  } else {
    console.log(
      '\nAll checks passed: the importer accepts the files, link kinds fit their pairs, no link touches a real ' +
        'company.',
    );
  }
}

await main();
