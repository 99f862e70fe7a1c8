// Benchmark (not a test): time to first draw of a 2,000-organisation view in headless Chromium, and panning
// frames per second once drawn. The built explorer is served with a generated graph payload from a tiny
// fixture server, so the figure is the page's own (no database, no API work).
// Run: `pnpm build && node_modules/.bin/tsx e2e/bench/first-draw.ts [nodes] [runs]`; BENCH_SERVE=1 only serves the fixture.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

const NODES = Number(process.argv[2] ?? 2000);
const RUNS = Number(process.argv[3] ?? 3);
const LINKS_PER_NEW_NODE = 2; // preferential attachment: about 4 links per node on average
const DIST = join(import.meta.dirname, '..', '..', 'explorer', 'dist');

const KINDS = ['COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'UNIVERSITY', 'HOSPITAL', 'RESEARCH_INSTITUTE', 'PUBLIC_AGENCY', 'SUPPORT_ORG'];
const LINK_KINDS = ['JOINT_RD', 'CO_PUBLICATION', 'CLINICAL_TRIAL', 'TECH_TRANSFER', 'SUPPLY', 'MOU', 'INVESTMENT'];
const SYLLABLES = ['바이오', '제약', '메디', '셀', '진', '랩', '헬스', '케어', '테크', '사이언스', '소재', '의료', '시흥', '배곧', '정왕'];

/** mulberry32: a seeded generator, so every run draws the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatePayload(nodeCount: number) {
  const rand = random(20261125);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const nodes = Array.from({ length: nodeCount }, (_, index) => ({
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
  const edges: Record<string, unknown>[] = [];
  const ends: number[] = [0, 1];
  const seen = new Set<string>();
  const link = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    const year = 2010 + Math.floor(rand() * 17);
    edges.push({ id: `BL-${edges.length}`, source: nodes[a]!.id, target: nodes[b]!.id, kind: pick(LINK_KINDS), since: `${year}-03-01`, until: null, weight: 1, title: null });
    nodes[a]!.degree += 1;
    nodes[b]!.degree += 1;
    ends.push(a, b);
  };
  link(0, 1);
  for (let index = 2; index < nodeCount; index += 1) {
    for (let k = 0; k < LINKS_PER_NEW_NODE; k += 1) link(index, ends[Math.floor(rand() * ends.length)]!);
  }
  return { nodes, edges, truncated: false };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

function startFixtureServer(payload: unknown): Promise<{ server: Server; url: string }> {
  const answers: Record<string, unknown> = {
    ExplorerGraph: { graph: payload },
    ExplorerHubs: { hubs: [{ id: 'HUB-BAEGOT', name: '배곧', nameEn: 'Baegot' }, { id: 'HUB-JEONGWANG', name: '정왕', nameEn: 'Jeongwang' }, { id: 'HUB-SMARTHUB', name: '시흥스마트허브', nameEn: 'Siheung Smart Hub' }] },
  };
  const server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/graphql') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const { operationName } = JSON.parse(body) as { operationName: string };
        const data = answers[operationName];
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(data === undefined ? { errors: [{ message: 'not in the fixture', extensions: { code: 'NOT_FOUND' } }] } : { data }));
      });
      return;
    }
    const path = normalize(join(DIST, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const file = path.startsWith(DIST + sep) && existsSync(path) && extname(path) !== '' ? path : join(DIST, 'index.html');
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

interface RunResult {
  /** From the elements' arrival to their being in the instance, then laid out, then drawn. */
  addElementsMs: number;
  navigationToFirstDrawMs: number;
  elementsToFirstDrawMs: number;
  navigationToLayoutDoneMs: number;
  panFps: number;
  fastSettings: boolean;
  webgl: boolean;
}

async function mark(page: Page, name: string): Promise<number> {
  await page.waitForFunction((wanted) => performance.getEntriesByName(wanted).length > 0, name, { timeout: 120_000 });
  return page.evaluate((wanted) => performance.getEntriesByName(wanted)[0]!.startTime, name);
}

/** Frames drawn while the mouse drags the view for two seconds (real input events, as panning is). */
async function panFps(page: Page): Promise<number> {
  const box = (await page.getByTestId('network-canvas').boundingBox())!;
  await page.evaluate(() => (window as unknown as { cy: Core }).cy.fit(undefined, 120));
  await page.evaluate(() => {
    const w = window as unknown as { cy: Core; __frames: number };
    w.__frames = 0;
    w.cy.on('render', () => (w.__frames += 1));
  });
  // Grabbed in the empty margin left by the fit, so the drag pans the view rather than moving a node.
  const [x, y] = [box.x + 30, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < 2000) {
    step += 1;
    // Many small moves per call: input arrives faster than frames, as a real drag does.
    await page.mouse.move(x + 200 + 150 * Math.sin(step / 3), y + 100 * Math.cos(step / 3), { steps: 30 });
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  return frames / ((Date.now() - started) / 1000);
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('bench: build the explorer first (pnpm build)');
  const payload = generatePayload(NODES);
  const { server, url } = await startFixtureServer(payload);
  if (process.env.BENCH_SERVE === '1') {
    // Serve the fixture only, to look at it (or profile it) in a browser; Ctrl-C stops.
    console.log(`bench: the ${NODES}-organisation fixture is at ${url}`);
    return;
  }
  const browser = await launchBrowser();
  const results: RunResult[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(url);
      const firstDraw = await mark(page, 'explorer:first-draw');
      const elementsStart = await mark(page, 'explorer:elements-start');
      const layoutDone = await mark(page, 'explorer:layout-done');
      const elementsAdded = await mark(page, 'explorer:elements-added');
      const canvas = page.getByTestId('network-canvas').locator('..').locator('..');
      results.push({
        addElementsMs: elementsAdded - elementsStart,
        navigationToFirstDrawMs: firstDraw,
        elementsToFirstDrawMs: firstDraw - elementsStart,
        navigationToLayoutDoneMs: layoutDone,
        panFps: await panFps(page),
        fastSettings: (await canvas.getAttribute('data-render-fast')) === 'true',
        webgl: (await canvas.getAttribute('data-render-webgl')) === 'true',
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const summary = {
    nodes: payload.nodes.length,
    edges: payload.edges.length,
    runs: RUNS,
    medianAddElementsMs: Math.round(median(results.map((r) => r.addElementsMs))),
    medianNavigationToFirstDrawMs: Math.round(median(results.map((r) => r.navigationToFirstDrawMs))),
    medianElementsToFirstDrawMs: Math.round(median(results.map((r) => r.elementsToFirstDrawMs))),
    medianNavigationToLayoutDoneMs: Math.round(median(results.map((r) => r.navigationToLayoutDoneMs))),
    medianPanFps: Math.round(median(results.map((r) => r.panFps))),
    fastSettings: results.every((r) => r.fastSettings),
    webgl: results.some((r) => r.webgl),
  };
  console.log(JSON.stringify({ summary, runs: results }, null, 2));
}

await main();
