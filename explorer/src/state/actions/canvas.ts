// What the canvas does with the nodes it shows: hide or pin one, the layout, what node size stands for.
import type { AppState, LayoutName, SizeMetric } from '../app-state';
import type { AppAction } from './app-action';

export type CanvasAction =
  | { type: 'canvas/toggleHidden'; id: string }
  | { type: 'canvas/showHidden' }
  | { type: 'canvas/togglePin'; id: string }
  | { type: 'canvas/setLayout'; layout: LayoutName }
  | { type: 'canvas/rerunLayout' }
  | { type: 'canvas/setSizeBy'; sizeBy: SizeMetric };

export const canvasActions = {
  toggleHidden: (id: string): CanvasAction => ({ type: 'canvas/toggleHidden', id }),
  showHiddenNodes: (): CanvasAction => ({ type: 'canvas/showHidden' }),
  togglePin: (id: string): CanvasAction => ({ type: 'canvas/togglePin', id }),
  setLayout: (layout: LayoutName): CanvasAction => ({ type: 'canvas/setLayout', layout }),
  rerunLayout: (): CanvasAction => ({ type: 'canvas/rerunLayout' }),
  setSizeBy: (sizeBy: SizeMetric): CanvasAction => ({ type: 'canvas/setSizeBy', sizeBy }),
};

const toggled = (list: readonly string[], id: string): string[] =>
  list.includes(id) ? list.filter((item) => item !== id) : [...list, id];

export function reduceCanvas(state: AppState, action: AppAction): AppState {
  const canvas = state.canvas;
  switch (action.type) {
    case 'canvas/toggleHidden':
      return { ...state, canvas: { ...canvas, hidden: toggled(canvas.hidden, action.id) } };
    case 'canvas/showHidden':
      return canvas.hidden.length === 0 ? state : { ...state, canvas: { ...canvas, hidden: [] } };
    case 'canvas/togglePin':
      return { ...state, canvas: { ...canvas, pinned: toggled(canvas.pinned, action.id) } };
    case 'canvas/setLayout':
      // Choosing the layout in use again still re-runs it: that is what the user asked for.
      return { ...state, canvas: { ...canvas, layout: action.layout, layoutRequest: canvas.layoutRequest + 1 } };
    case 'canvas/rerunLayout':
      return { ...state, canvas: { ...canvas, layoutRequest: canvas.layoutRequest + 1 } };
    case 'canvas/setSizeBy':
      return canvas.sizeBy === action.sizeBy ? state : { ...state, canvas: { ...canvas, sizeBy: action.sizeBy } };
    default:
      return state;
  }
}
