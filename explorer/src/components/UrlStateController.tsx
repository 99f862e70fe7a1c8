// Renders nothing: keeps the address bar equal to the view, so a copied link or a reload shows the same thing.
import { useEffect } from 'react';
import { serializeUrlState } from '../state/url-state';
import { useAppState } from '../state/store-context';

export function UrlStateController() {
  const search = useAppState(serializeUrlState);
  useEffect(() => {
    if (search === window.location.search) return;
    const url = new URL(window.location.href);
    url.search = search;
    // replaceState: changing the view is not a step the Back button should undo one click at a time.
    window.history.replaceState(window.history.state, '', url);
  }, [search]);
  return null;
}
