// A generated graph payload and a tiny server that serves the built explorer with it, so the explorer figures are
// the page's own (no database, no API work). Preferential attachment: about 4 links per node, a few hubs.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { REPO_ROOT } from '../../neo4j/local-neo4j.ts';
import { DATA_DIR } from './bench-paths.ts';
import { mulberry32 } from '@siheung/core/random';

export const EXPLORER_DIST = join(REPO_ROOT, 'explorer', 'dist');
/** The bench's own copy of the built explorer: another build (e.g. before e2e tests) empties explorer/dist midway. */
const DIST_COPY = join(DATA_DIR, 'bench-explorer-dist');
const LINKS_PER_NEW_NODE = 2;
const KINDS = [
  'COMPANY',
  'COMPANY',
  'COMPANY',
  'COMPANY',
  'UNIVERSITY',
  'HOSPITAL',
  'RESEARCH_INSTITUTE',
  'PUBLIC_AGENCY',
  'SUPPORT_ORG',
];
const LINK_KINDS = ['JOINT_RD', 'CO_PUBLICATION', 'CLINICAL_TRIAL', 'TECH_TRANSFER', 'SUPPLY', 'MOU', 'INVESTMENT'];
const SYLLABLES = [
  '바이오',
  '제약',
  '메디',
  '셀',
  '진',
  '랩',
  '헬스',
  '케어',
  '테크',
  '사이언스',
  '소재',
  '의료',
  '시흥',
  '배곧',
  '정왕',
];

export interface FixtureNode {
  id: string;
  label: string;
  labelEn: string;
  kind: string;
  hub: string | null;
  sector: null;
  synthetic: true;
  degree: number;
  distance: null;
}
export interface FixtureEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  since: string;
  until: null;
  weight: number;
  title: null;
}
export interface FixturePayload {
  nodes: FixtureNode[];
  edges: FixtureEdge[];
  truncated: false;
}

export function generatePayload(nodeCount: number): FixturePayload {
  const rand = mulberry32(20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const nodes: FixtureNode[] = Array.from({ length: nodeCount }, (_, index) => ({
    id: `BENCH-${index}`,
    label: `${pick(SYLLABLES)}${pick(SYLLABLES)} ${index}`,
    labelEn: `Bench Org ${index}`,
    kind: pick(KINDS),
    hub: pick(['HUB-BAEGOT', 'HUB-JEONGWANG', 'HUB-SMARTHUB', null]),
    sector: null,
    synthetic: true,
    degree: 0,
    distance: null,
  }));
  const edges: FixtureEdge[] = [];
  const ends: number[] = [0, 1];
  const seen = new Set<string>();
  const link = (a: number, b: number): void => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    edges.push({
      id: `BL-${edges.length}`,
      source: nodes[a]!.id,
      target: nodes[b]!.id,
      kind: pick(LINK_KINDS),
      since: `${2010 + Math.floor(rand() * 17)}-03-01`,
      until: null,
      weight: 1,
      title: null,
    });
    nodes[a]!.degree += 1;
    nodes[b]!.degree += 1;
    ends.push(a, b);
  };
  link(0, 1);
  for (let index = 2; index < nodeCount; index += 1)
    for (let k = 0; k < LINKS_PER_NEW_NODE; k += 1) link(index, ends[Math.floor(rand() * ends.length)]!);
  return { nodes, edges, truncated: false };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const HUBS = [
  { id: 'HUB-BAEGOT', name: '배곧', nameEn: 'Baegot' },
  { id: 'HUB-JEONGWANG', name: '정왕', nameEn: 'Jeongwang' },
  { id: 'HUB-SMARTHUB', name: '시흥스마트허브', nameEn: 'Siheung Smart Hub' },
];

/** Whether explorer/dist is a whole build: its index.html and every asset that page names. */
function wholeBuild(): boolean {
  const index = join(EXPLORER_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const assets = [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map(
    (match) => match[1]!,
  );
  return assets.every((asset) => existsSync(join(EXPLORER_DIST, asset)));
}

/**
 * Copies a whole explorer/dist to the bench's folder (waiting up to `waitMs` for a build in progress); returns the
 * copy.
 */
export async function copyExplorerBuild(waitMs = 120_000): Promise<string> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (wholeBuild()) {
      rmSync(DIST_COPY, { recursive: true, force: true });
      cpSync(EXPLORER_DIST, DIST_COPY, { recursive: true });
      // A build that started during the copy may have left it partial: check the copy is whole.
      const index = join(DIST_COPY, 'index.html');
      const copied =
        existsSync(index) &&
        [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].every((match) =>
          existsSync(join(DIST_COPY, match[1]!)),
        );
      if (copied) return DIST_COPY;
    }
    if (Date.now() > deadline) throw new Error('bench: no whole explorer build in explorer/dist (pnpm build)');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/** Serves a built explorer (`dist`) and answers its graph and hub queries with the payload of the moment. */
export function startFixtureServer(
  port: number,
  dist: string,
): Promise<{ server: Server; url: string; setPayload: (payload: FixturePayload) => void }> {
  let payload: FixturePayload = { nodes: [], edges: [], truncated: false };
  const server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/graphql') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        let operationName = '';
        try {
          operationName = (JSON.parse(body) as { operationName?: string }).operationName ?? '';
        } catch {
          // Not JSON: answered as an unknown operation below.
        }
        const answers: Record<string, unknown> = { ExplorerGraph: { graph: payload }, ExplorerHubs: { hubs: HUBS } };
        const data = answers[operationName];
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify(
            data === undefined
              ? { errors: [{ message: 'not in the fixture', extensions: { code: 'NOT_FOUND' } }] }
              : { data },
          ),
        );
      });
      return;
    }
    const path = normalize(join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const file =
      path.startsWith(dist + sep) && existsSync(path) && extname(path) !== '' ? path : join(dist, 'index.html');
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch (error) {
      // Answered, not thrown: an exception here would end the whole bench run.
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`bench fixture: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${port}`, setPayload: (next) => (payload = next) }),
    ),
  );
}
