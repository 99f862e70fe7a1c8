// Checks the explorer's side-by-side rows: only comparisons whose two sides were measured, layouts in the fast canvas.
import { describe, expect, it } from 'vitest';
import { viewRows, type ExplorerResult, type Renderer } from './explorer-draw.ts';

const result = (renderer: Renderer, panFps: number, fcoseMs: number, presetMs: number): ExplorerResult => ({
  nodes: 500,
  edges: 988,
  renderer,
  firstDrawMs: 100,
  panFps,
  fpsSource: 'render events',
  layout: '',
  fcoseMs,
  presetMs,
});

describe('viewRows', () => {
  it('compares fast canvas with WebGL and with the full-style canvas, and fcose with preset positions', () => {
    const rows = viewRows(
      '500 + 988 elements',
      new Map([
        ['full', result('full', 20, 1, 1)],
        ['fast', result('fast', 30, 900, 300)],
        ['webgl', result('webgl', 10, 1, 1)],
      ]),
      50,
    );
    expect(rows.map((row) => [row.question, row.ratio])).toEqual([
      ['pan FPS, fast canvas vs WebGL (software GL)', 3],
      ['pan FPS, fast vs full-style canvas', 1.5],
      ['fcose in the page vs cached server positions (fast canvas)', 3],
    ]);
  });

  it('leaves out the full-style comparison when the quick run did not draw it', () => {
    const rows = viewRows(
      '500 + 988 elements',
      new Map([
        ['fast', result('fast', 30, 900, 300)],
        ['webgl', result('webgl', 10, 1, 1)],
      ]),
      50,
    );
    expect(rows.map((row) => row.question)).toEqual([
      'pan FPS, fast canvas vs WebGL (software GL)',
      'fcose in the page vs cached server positions (fast canvas)',
    ]);
  });
});
