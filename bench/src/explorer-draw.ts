// The explorer in headless Chromium, on generated views of several sizes: time to first draw, panning frame rate by
// renderer (full-style canvas, fast canvas, WebGL through the page's `?renderer=` switch), and the layout the page
// runs (fcose) against positions computed on the server (ForceAtlas2) and placed with Cytoscape's preset layout.
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { onCleanup } from './bench-neo4j.ts';
import { phase } from './bench-phases.ts';
import { PORTS } from './bench-paths.ts';
import { copyExplorerBuild, generatePayload, startFixtureServer } from './explorer-fixture.ts';
import type { RatioRow } from './ratio-table.ts';
import { forceAtlasPositions } from './server-layout.ts';
import { medianOf } from './stats.ts';

export const RENDERERS = ['full', 'fast', 'webgl'] as const;
export type Renderer = (typeof RENDERERS)[number];

export interface ExplorerResult {
  nodes: number;
  edges: number;
  renderer: Renderer;
  /** From the elements reaching the canvas to its first drawing of them. */
  firstDrawMs: number;
  panFps: number;
  /** "render events" (canvas) or "animation frames" (the WebGL renderer fires no render event). */
  fpsSource: string;
  layout: string;
  fcoseMs: number;
  presetMs: number;
}

type BenchWindow = Window & { cy: Core; __frames: number; __rafs: number };

async function mark(page: Page, name: string): Promise<number> {
  await page.waitForFunction((wanted) => performance.getEntriesByName(wanted).length > 0, name, { timeout: 180_000 });
  return page.evaluate((wanted) => performance.getEntriesByName(wanted)[0]!.startTime, name);
}

/** Frames drawn while the mouse drags the view (real input events: code-driven pans skip the viewport tricks). */
async function panFps(page: Page, durationMs: number): Promise<{ fps: number; source: string }> {
  const box = (await page.getByTestId('network-canvas').boundingBox())!;
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.cy.fit(undefined, 120);
    w.__frames = 0;
    w.__rafs = 0;
    w.cy.on('render', () => (w.__frames += 1));
    const tick = (): void => {
      w.__rafs += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Grabbed in the margin left by the fit, so the drag pans the view rather than moving a node.
  const [x, y] = [box.x + 30, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  const started = Date.now();
  const before = await page.evaluate(() => (window as unknown as BenchWindow).__rafs);
  let step = 0;
  while (Date.now() - started < durationMs) {
    step += 1;
    // Few steps per move: each step waits for the page, so on a slow frame rate many steps overran the time.
    await page.mouse.move(x + 200 + 150 * Math.sin(step / 3), y + 100 * Math.cos(step / 3), { steps: 5 });
  }
  await page.mouse.up();
  const seconds = (Date.now() - started) / 1000;
  const { frames, rafs } = await page.evaluate(() => ({
    frames: (window as unknown as BenchWindow).__frames,
    rafs: (window as unknown as BenchWindow).__rafs,
  }));
  return frames > 0
    ? { fps: frames / seconds, source: 'render events' }
    : { fps: (rafs - before) / seconds, source: 'animation frames' };
}

/** Places every node from the positions in one preset layout; resolves after the next two frames (drawn). */
function placePreset(page: Page, positions: Record<string, { x: number; y: number }>): Promise<number> {
  return page.evaluate(async (given) => {
    const cy = (window as unknown as BenchWindow).cy;
    const started = performance.now();
    cy.layout({
      name: 'preset',
      positions: (node: { id(): string }) => given[node.id()] ?? { x: 0, y: 0 },
      fit: true,
      animate: false,
    } as never).run();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - started;
  }, positions);
}

async function measureOnce(
  browser: Browser,
  url: string,
  renderer: Renderer,
  positions: Record<string, { x: number; y: number }>,
  panMs: number,
) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx (esbuild, keepNames) wraps named functions in __name(): functions sent to the page need it defined there.
  await page.addInitScript('globalThis.__name = (target) => target;');
  try {
    await page.goto(`${url}/?renderer=${renderer}`);
    const firstDraw = await mark(page, 'explorer:first-draw');
    const elementsStart = await mark(page, 'explorer:elements-start');
    const added = await mark(page, 'explorer:elements-added');
    const layoutDone = await mark(page, 'explorer:layout-done');
    const webgl = (await page.locator('[data-render-webgl]').first().getAttribute('data-render-webgl')) === 'true';
    if ((renderer === 'webgl') !== webgl)
      throw new Error(`bench: the explorer did not take ?renderer=${renderer} (WebGL ${String(webgl)})`);
    const pan = await panFps(page, panMs);
    const presetMs = await placePreset(page, positions);
    return { firstDrawMs: firstDraw - elementsStart, fcoseMs: layoutDone - added, presetMs, ...pan };
  } finally {
    await page.close();
  }
}

/** The side-by-side rows of one view: fast canvas vs WebGL and vs full-style canvas (those measured), the layouts. */
export function viewRows(
  graph: string,
  byRenderer: ReadonlyMap<Renderer, ExplorerResult>,
  forceAtlasMs: number,
): RatioRow[] {
  const [full, fast, webgl] = RENDERERS.map((renderer) => byRenderer.get(renderer));
  const rows: RatioRow[] = [];
  if (fast !== undefined && webgl !== undefined) {
    rows.push({
      area: 'Explorer: renderer',
      graph,
      question: 'pan FPS, fast canvas vs WebGL (software GL)',
      ours: `${fast.panFps.toFixed(0)} FPS, first draw ${fast.firstDrawMs.toFixed(0)} ms`,
      baseline: `${webgl.panFps.toFixed(0)} FPS, first draw ${webgl.firstDrawMs.toFixed(0)} ms`,
      ratioName: 'FPS fast ÷ WebGL',
      ratio: fast.panFps / webgl.panFps,
      goal: null,
    });
  }
  if (fast !== undefined && full !== undefined) {
    rows.push({
      area: 'Explorer: renderer',
      graph,
      question: 'pan FPS, fast vs full-style canvas',
      ours: `${fast.panFps.toFixed(0)} FPS`,
      baseline: `${full.panFps.toFixed(0)} FPS`,
      ratioName: 'FPS fast ÷ full',
      ratio: fast.panFps / full.panFps,
      goal: null,
    });
  }
  // The layouts compared in the product's default renderer (the first measured if that one was left out).
  const base = fast ?? [...byRenderer.values()][0];
  if (base !== undefined) {
    rows.push({
      area: 'Explorer: layout',
      graph,
      question: `fcose in the page vs cached server positions (${base.renderer} canvas)`,
      ours: `preset ${base.presetMs.toFixed(0)} ms (+ ForceAtlas2 ${forceAtlasMs.toFixed(0)} ms once on the server)`,
      baseline: `fcose ${base.fcoseMs.toFixed(0)} ms`,
      ratioName: 'fcose ÷ preset',
      ratio: base.fcoseMs / base.presetMs,
      goal: null,
    });
  }
  return rows;
}

export async function explorerDraw({
  nodes,
  renderers = RENDERERS,
  runs,
  panMs,
}: {
  nodes: readonly number[];
  renderers?: readonly Renderer[];
  runs: number;
  panMs: number;
}): Promise<{ results: ExplorerResult[]; rows: RatioRow[] }> {
  const fixture = await startFixtureServer(PORTS.fixture, await copyExplorerBuild());
  const browser = await phase('Chromium start', launchBrowser);
  const forget = onCleanup(async () => {
    await browser.close();
    fixture.server.close();
  });
  const results: ExplorerResult[] = [];
  const rows: RatioRow[] = [];
  try {
    for (const count of nodes) {
      const payload = generatePayload(count);
      fixture.setPayload(payload);
      const started = performance.now();
      const positions = forceAtlasPositions(payload);
      const forceAtlasMs = performance.now() - started;
      const byRenderer = new Map<Renderer, ExplorerResult>();
      for (const renderer of RENDERERS.filter((known) => renderers.includes(known))) {
        const measured = [];
        for (let run = 0; run < runs; run += 1)
          measured.push(
            await phase(`explorer ${count} nodes, ${renderer}`, () =>
              measureOnce(browser, fixture.url, renderer, positions, panMs),
            ),
          );
        const fcoseMs = medianOf(measured.map((m) => m.fcoseMs));
        const presetMs = medianOf(measured.map((m) => m.presetMs));
        const result: ExplorerResult = {
          nodes: payload.nodes.length,
          edges: payload.edges.length,
          renderer,
          firstDrawMs: medianOf(measured.map((m) => m.firstDrawMs)),
          panFps: medianOf(measured.map((m) => m.fps)),
          fpsSource: measured[0]!.source,
          layout:
            `fcose ${fcoseMs.toFixed(0)} ms; ForceAtlas2 on the server ${forceAtlasMs.toFixed(0)} ms + preset ` +
            `${presetMs.toFixed(0)} ms`,
          fcoseMs,
          presetMs,
        };
        byRenderer.set(renderer, result);
        results.push(result);
      }
      rows.push(...viewRows(`${payload.nodes.length} + ${payload.edges.length} elements`, byRenderer, forceAtlasMs));
    }
  } finally {
    forget();
    await browser.close();
    fixture.server.close();
  }
  return { results, rows };
}
