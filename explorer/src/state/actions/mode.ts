// Switching the side panel (explore, path finder, and later partner matches and the dashboard).
import type { AppState, Mode } from '../app-state';
import type { AppAction } from './app-action';

export type ModeAction = { type: 'mode/set'; mode: Mode };

export const modeActions = {
  setMode: (mode: Mode): ModeAction => ({ type: 'mode/set', mode }),
};

/** Paths read best laid out breadth-first from their start; leaving the path finder brings the force layout back. */
export function reduceMode(state: AppState, action: AppAction): AppState {
  if (action.type !== 'mode/set' || action.mode === state.mode) return state;
  const canvas = { ...state.canvas };
  if (action.mode === 'paths' && canvas.layout !== 'breadthfirst') {
    canvas.layout = 'breadthfirst';
    canvas.layoutRequest += 1;
  } else if (state.mode === 'paths' && canvas.layout === 'breadthfirst') {
    canvas.layout = 'force';
    canvas.layoutRequest += 1;
  }
  return { ...state, mode: action.mode, canvas };
}
