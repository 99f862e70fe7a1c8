// Checks hide, pin, layout choice and size metric.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../app-state';
import { canvasActions as a, reduceCanvas } from './canvas';

describe('toggleHidden and showHiddenNodes', () => {
  it('hides a node, shows it again, and shows all at once', () => {
    const one = reduceCanvas(createDefaultState(), a.toggleHidden('A'));
    const two = reduceCanvas(one, a.toggleHidden('B'));
    expect(two.canvas.hidden).toEqual(['A', 'B']);
    expect(reduceCanvas(two, a.toggleHidden('A')).canvas.hidden).toEqual(['B']);
    const none = reduceCanvas(two, a.showHiddenNodes());
    expect(none.canvas.hidden).toEqual([]);
    expect(reduceCanvas(none, a.showHiddenNodes())).toBe(none);
  });
});

describe('togglePin', () => {
  it('pins and unpins a node', () => {
    const pinned = reduceCanvas(createDefaultState(), a.togglePin('A'));
    expect(pinned.canvas.pinned).toEqual(['A']);
    expect(reduceCanvas(pinned, a.togglePin('A')).canvas.pinned).toEqual([]);
  });
});

describe('setLayout and rerunLayout', () => {
  it('records the layout and asks for a new layout run each time', () => {
    const concentric = reduceCanvas(createDefaultState(), a.setLayout('concentric'));
    expect(concentric.canvas).toMatchObject({ layout: 'concentric', layoutRequest: 1 });
    expect(reduceCanvas(concentric, a.setLayout('concentric')).canvas.layoutRequest).toBe(2);
    expect(reduceCanvas(concentric, a.rerunLayout()).canvas).toMatchObject({ layout: 'concentric', layoutRequest: 2 });
  });
});

describe('setSizeBy', () => {
  it('records the metric and is a no-op when unchanged', () => {
    const state = reduceCanvas(createDefaultState(), a.setSizeBy('pagerank'));
    expect(state.canvas.sizeBy).toBe('pagerank');
    expect(reduceCanvas(state, a.setSizeBy('pagerank'))).toBe(state);
  });
});
