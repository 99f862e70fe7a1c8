// Choosing an organisation from a dashboard list: it is selected (details, focus on the canvas) where the canvas
// draws it; an organisation the current view leaves out becomes the view's centre, as a search would do.
import { useCallback } from 'react';
import { actions } from '../../state/store';
import { useAppStore } from '../../state/store-context';

export function useSelectOrganization(): (id: string) => void {
  const store = useAppStore();
  return useCallback(
    (id: string) => {
      const drawn = store.getState().resources.view.data?.payload.nodes.some((node) => node.id === id) ?? false;
      store.dispatch(drawn ? actions.selectNode(id) : actions.centreOnNode(id));
    },
    [store],
  );
}
