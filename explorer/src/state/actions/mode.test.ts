// Checks switching modes: the path finder brings the breadth-first layout, leaving it brings force back.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../app-state';
import { modeActions, reduceMode } from './mode';

describe('setMode', () => {
  it('opens the path finder with the breadth-first layout and asks for a new layout', () => {
    const state = reduceMode(createDefaultState(), modeActions.setMode('paths'));
    expect(state.mode).toBe('paths');
    expect(state.canvas).toMatchObject({ layout: 'breadthfirst', layoutRequest: 1 });
  });

  it('goes back to the force layout when leaving the path finder, and keeps a layout chosen elsewhere', () => {
    const paths = reduceMode(createDefaultState(), modeActions.setMode('paths'));
    expect(reduceMode(paths, modeActions.setMode('explore')).canvas.layout).toBe('force');
    const concentric = createDefaultState({
      mode: 'paths',
      canvas: { ...createDefaultState().canvas, layout: 'concentric' },
    });
    expect(reduceMode(concentric, modeActions.setMode('explore')).canvas.layout).toBe('concentric');
  });

  it('is a no-op for the current mode', () => {
    const state = createDefaultState();
    expect(reduceMode(state, modeActions.setMode('explore'))).toBe(state);
  });
});
