// A synthetic Siheung-like dataset of any size, for tests and benchmarks (written as the same CSV files
// and loaded through the real importer). Deterministic for a seed. How it is made (docs/data.md):
// - hubs: Siheung's three, plus numbered regional hubs for larger graphs (one per 2,000 organisations);
// - organisations: ~88 % companies (a sector each, Zipf-weighted), the rest universities, hospitals,
//   institutes, agencies and support bodies, which tend to arrive early and so gather links;
// - links: the Holme–Kim process (preferential attachment + triadic closure, mostly within a hub), so
//   degrees are heavy-tailed and neighbourhoods clustered; kinds fit the pair (a trial involves a
//   hospital, a transfer comes from academia…); `since` is a heavy-tailed lag after the newer organisation's
//   arrival (growth speeding up) and after both links of the triangle a link closes;
// - capabilities from the company's sector; needs drawn independently (a demand survey), events with
//   attendance mostly from their hub, projects whose members are a node and its collaborators.
// No partner-matching rule shapes any of it.
import type {
  AttendanceRow,
  CapabilityRow,
  CollaborationRow,
  Dataset,
  EventRow,
  HubRow,
  OrganizationKind,
  OrganizationRow,
  ProgramRow,
  ProjectMemberRow,
  ProjectRow,
} from '../dataset/index.ts';
import { holmeKim } from './holme-kim.ts';
import { Rng } from '@siheung/core/random';
import { EVENT_NAMES, hubName, LINK_TITLES, organizationName } from './synthetic-names.ts';

export interface GenerateOptions {
  orgs: number;
  links: number;
  seed: number;
  /** Prefix of every id (e.g. "GEN-", or "T-MINE-" in tests). */
  prefix: string;
  /** The capability taxonomy and programmes to use (ids get the prefix); from the sample data by default. */
  taxonomy: readonly CapabilityRow[];
  programs: readonly ProgramRow[];
}

export interface GeneratedGraph {
  dataset: Dataset;
  /** Link pairs as organisation indices, for the generator's statistics. */
  pairs: Array<[number, number]>;
  /** For each link, the indices of the two earlier links whose triangle it closes (empty: preferential attachment). */
  closes: Array<readonly number[]>;
}

const START_YEAR = 2005;
const END = '2026-10-31';
const KINDS: readonly OrganizationKind[] = [
  'COMPANY',
  'UNIVERSITY',
  'HOSPITAL',
  'RESEARCH_INSTITUTE',
  'PUBLIC_AGENCY',
  'SUPPORT_ORG',
];
const KIND_WEIGHTS = [88, 2, 2, 3, 2, 3];
const EVENT_TYPES = Object.keys(EVENT_NAMES);
const FUNDERS = ['과학기술정보통신부', '산업통상자원부', '보건복지부', '중소벤처기업부', '경기도', '시흥시'];
const ACADEMIC = new Set<OrganizationKind>(['UNIVERSITY', 'RESEARCH_INSTITUTE', 'HOSPITAL']);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const dateAt = (fraction: number): string => {
  const start = Date.UTC(START_YEAR, 0, 1);
  const end = Date.UTC(2026, 9, 31);
  return new Date(start + Math.min(Math.max(fraction, 0), 1) * (end - start)).toISOString().slice(0, 10);
};

const timeAt = (fraction: number): number => Date.parse(dateAt(fraction));
const END_MS = Date.parse(END);
const YEAR_MS = 365.25 * 86_400_000;

/**
 * When a link starts, at the earliest at `earliest`: after a Lomax (Pareto II) lag of shape 1.5 and scale 1.5 years —
 * median ≈ 0.9 years, mean 3, a long tail of partnerships formed many years on. A start past today is redrawn
 * uniformly between `earliest` and today (the collaboration exists in the data, so it started by now).
 */
function startAfter(rng: Rng, earliest: number): number {
  const lag = 1.5 * ((1 - rng.float()) ** (-1 / 1.5) - 1) * YEAR_MS;
  if (earliest + lag <= END_MS) return earliest + lag;
  return earliest >= END_MS ? END_MS : earliest + rng.float() * (END_MS - earliest);
}

/** A kind that fits the pair, and the pair in the direction the kind reads (supplier, investor, sponsor first). */
function linkKind(
  rng: Rng,
  a: OrganizationRow,
  b: OrganizationRow,
): [CollaborationRow['kind'], OrganizationRow, OrganizationRow] {
  const hospital = [a, b].find((org) => org.kind === 'HOSPITAL');
  if (hospital && rng.chance(0.35)) return ['CLINICAL_TRIAL', hospital === a ? b : a, hospital];
  const academic = [a, b].find((org) => ACADEMIC.has(org.kind));
  const company = [a, b].find((org) => org.kind === 'COMPANY');
  if (academic && company && academic.kind !== 'HOSPITAL' && rng.chance(0.25))
    return ['TECH_TRANSFER', academic, company];
  if (academic && rng.chance(0.3)) return ['CO_PUBLICATION', a, b];
  if (a.kind === 'COMPANY' && b.kind === 'COMPANY') {
    const roll = rng.float();
    if (roll < 0.3) return ['SUPPLY', a, b];
    if (roll < 0.4) return ['INVESTMENT', a, b];
  }
  return [rng.chance(0.55) ? 'JOINT_RD' : 'MOU', a, b];
}

export function generateDataset(options: GenerateOptions): GeneratedGraph {
  const rng = new Rng(options.seed);
  const { prefix } = options;
  const source = `synthetic:generated seed=${options.seed}`;
  const base = { source, synthetic: true };
  const orgWidth = Math.max(5, String(options.orgs).length);

  const hubCount = Math.max(3, 3 + Math.floor(options.orgs / 2000));
  const hubs: HubRow[] = Array.from({ length: hubCount }, (_, index) => {
    const [name, nameEn] = hubName(index);
    return {
      id: `${prefix}HUB-${pad(index + 1, 2)}`,
      name,
      nameEn,
      role: null,
      roleEn: null,
      lat: null,
      lng: null,
      ...base,
    };
  });
  const hubWeights = hubs.map((_, index) => 1 / (index + 1) ** 0.7);
  const capabilities: CapabilityRow[] = options.taxonomy.map((row) => ({
    ...row,
    id: prefix + row.id,
    broader: row.broader === null ? null : prefix + row.broader,
  }));
  const sectors = capabilities.filter((row) => row.level === 'SECTOR');
  const sectorWeights = sectors.map((_, index) => 1 / (index + 1) ** 0.8);
  const capsOf = new Map(
    sectors.map((sector) => [sector.id, capabilities.filter((row) => row.broader === sector.id)] as const),
  );
  const programs: ProgramRow[] = options.programs.map((row) => ({
    ...row,
    id: prefix + row.id,
    parent: row.parent === null ? null : prefix + row.parent,
  }));
  const subPrograms = programs.filter((row) => row.parent !== null);

  // Arrival order: institutions tend to come first (a smaller random key), so preferential attachment makes them the
  // hubs of the network.
  const taken = new Set<string>();
  const drafts = Array.from({ length: options.orgs }, () => {
    const kind = KINDS[rng.weightedIndex(KIND_WEIGHTS)] ?? 'COMPANY';
    return { kind, key: kind === 'COMPANY' ? rng.float() : rng.float() ** 3 };
  }).sort((a, b) => a.key - b.key);
  const hubIndex: number[] = [];
  const organizations: OrganizationRow[] = drafts.map(({ kind }, index) => {
    const noHub = kind === 'PUBLIC_AGENCY' ? rng.chance(0.7) : rng.chance(0.05);
    hubIndex.push(noHub ? -1 : rng.weightedIndex(hubWeights));
    const arrivalYear = Number(dateAt(Math.sqrt(index / options.orgs)).slice(0, 4));
    const founded = Math.min(
      arrivalYear,
      kind === 'COMPANY' ? 1985 + Math.floor(40 * Math.sqrt(rng.float())) : rng.int(1946, 2015),
    );
    const [name, nameEn] = organizationName(rng, kind, taken);
    const sector = kind === 'COMPANY' ? (sectors[rng.weightedIndex(sectorWeights)]?.id ?? null) : null;
    return {
      id: `${prefix}ORG-${pad(index + 1, orgWidth)}`,
      name,
      nameEn,
      aliases: [],
      kind,
      hub: hubs[hubIndex[index] ?? -1]?.id ?? null,
      sector,
      founded,
      employees: Math.round(rng.logUniform(kind === 'COMPANY' ? 3 : 50, kind === 'COMPANY' ? 3000 : 8000)),
      status: rng.chance(0.02) ? 'PLANNED' : 'ACTIVE',
      description: null,
      descriptionEn: null,
      website: null,
      ...base,
    };
  });

  const { pairs, closes } = holmeKim(rng, {
    nodes: options.orgs,
    edges: options.links,
    triad: 0.9,
    local: 0.9,
    groupOf: (node) => hubIndex[node] ?? -1,
  });
  const linkWidth = Math.max(6, String(pairs.length).length);
  // Lags come from their own stream, so every other column is what the seed gave before links had lags.
  const lagRng = new Rng(options.seed ^ 0x1a6d);
  const sinceMs: number[] = [];
  const collaborations: CollaborationRow[] = pairs.map(([older, newer], index) => {
    const [kind, from, to] = linkKind(rng, organizations[older]!, organizations[newer]!);
    // The newer organisation arrives as the network grows (faster in later years); the link starts a heavy-tailed lag
    // after that, and after both links of the triangle it closes (closure over time, between established
    // organisations).
    const earliest = Math.max(
      timeAt(Math.sqrt((newer + rng.float()) / options.orgs)),
      ...(closes[index] ?? []).map((k) => sinceMs[k]!),
    );
    sinceMs.push(startAfter(lagRng, earliest));
    const since = new Date(sinceMs[index]!).toISOString().slice(0, 10);
    const endYear = Number(since.slice(0, 4)) + rng.int(1, 6);
    const until =
      rng.chance(0.12) && `${endYear}${since.slice(4)}` <= END ? `${endYear}-${since.slice(5, 7)}-01` : null;
    return {
      id: `${prefix}LNK-${pad(index + 1, linkWidth)}`,
      from: from.id,
      to: to.id,
      kind,
      since,
      until,
      weight: rng.chance(0.15) ? rng.int(2, 3) : 1,
      title: LINK_TITLES[kind] ?? null,
      ...base,
    };
  });

  const organizationCapabilities = organizations.flatMap((org) => {
    const offered = org.sector ? (capsOf.get(org.sector) ?? []) : [rng.pick(sectors)];
    const chosen = new Set(Array.from({ length: Math.min(offered.length, rng.int(1, 4)) }, () => rng.pick(offered).id));
    return [...chosen].map((capabilityId) => ({ orgId: org.id, capabilityId, ...base }));
  });
  const needable = capabilities.filter((cap) => cap.level === 'CAPABILITY');
  const organizationNeeds = organizations
    .filter((org) => org.kind === 'COMPANY')
    .flatMap((org) => {
      const wanted = new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(needable).id));
      return [...wanted].map((capabilityId) => ({ orgId: org.id, capabilityId, priority: rng.int(1, 3), ...base }));
    });

  const byHub = hubs.map((_, hub) => organizations.filter((_, index) => hubIndex[index] === hub));
  const eventCount = Math.max(5, Math.round(options.orgs / 25));
  const events: EventRow[] = [];
  const attendance: AttendanceRow[] = [];
  for (let index = 0; index < eventCount; index += 1) {
    const type = rng.pick(EVENT_TYPES);
    const hub = rng.weightedIndex(hubWeights);
    const [name, nameEn] = EVENT_NAMES[type] ?? ['행사', 'Event'];
    const id = `${prefix}EVT-${pad(index + 1, 5)}`;
    events.push({
      id,
      name: `${hubs[hub]?.name} ${name}`,
      nameEn: `${hubs[hub]?.nameEn} ${nameEn}`,
      type: type as EventRow['type'],
      date: dateAt(0.55 + 0.45 * rng.float()),
      program: rng.pick(subPrograms).id,
      hub: hubs[hub]?.id ?? null,
      ...base,
    });
    const local = byHub[hub] ?? [];
    const seen = new Set<string>();
    const size = Math.min(rng.int(5, 25), organizations.length);
    for (let attempt = 0; seen.size < size && attempt < size * 4; attempt += 1) {
      const org = local.length > 0 && rng.chance(0.8) ? rng.pick(local) : rng.pick(organizations);
      if (seen.has(org.id)) continue;
      attendance.push({
        orgId: org.id,
        eventId: id,
        role: seen.size === 0 ? 'HOST' : rng.chance(0.15) ? 'SPEAKER' : 'PARTICIPANT',
        ...base,
      });
      seen.add(org.id);
    }
  }

  const neighbours: number[][] = Array.from({ length: options.orgs }, () => []);
  for (const [a, b] of pairs) {
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }
  const projects: ProjectRow[] = [];
  const projectMembers: ProjectMemberRow[] = [];
  for (let index = 0; index < Math.max(3, Math.round(options.orgs / 20)); index += 1) {
    const id = `${prefix}PRJ-${pad(index + 1, 5)}`;
    const startYear = rng.int(2016, 2026);
    projects.push({
      id,
      title: `시흥 바이오 공동연구 과제 ${index + 1}`,
      titleEn: `Siheung bio joint research project ${index + 1}`,
      funder: rng.pick(FUNDERS),
      startYear,
      endYear: startYear + rng.int(1, 4),
      budgetMillionKrw: Math.round(rng.logUniform(50, 5000)),
      ...base,
    });
    const lead = rng.int(0, options.orgs - 1);
    const team = [
      ...new Set([
        lead,
        ...Array.from({ length: rng.int(1, 4) }, () =>
          neighbours[lead]!.length > 0 ? rng.pick(neighbours[lead]!) : rng.int(0, options.orgs - 1),
        ),
      ]),
    ];
    team.forEach((member, position) =>
      projectMembers.push({
        projectId: id,
        orgId: organizations[member]!.id,
        role: position === 0 ? 'LEAD' : 'PARTNER',
        ...base,
      }),
    );
  }

  return {
    dataset: {
      hubs,
      capabilities,
      programs,
      organizations,
      events,
      projects,
      organizationCapabilities,
      organizationNeeds,
      collaborations,
      attendance,
      projectMembers,
    },
    pairs,
    closes,
  };
}
