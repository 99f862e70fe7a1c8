// What the canvas should draw now, derived from the store: the elements with their marks, which ids are shown,
// the stylesheet and the render profile for the view's size. Pure derivations, memoised.
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { useMemo } from 'react';
import type { GraphPayload } from '../api/api-types';
import { centralityScores } from '../graph/centrality';
import { pathElementIds } from '../graph/paths-to-payload';
import { glRendererName, RENDERER_OVERRIDE, renderProfileFor, type RenderProfile } from '../graph/render-profile';
import { buildStylesheet, defaultStylesheetOptions } from '../graph/stylesheet';
import { outOfTime } from '../graph/time-visibility';
import { toElements } from '../graph/to-elements';
import { useAppState } from '../state/store-context';
import { useCommunityFills } from './use-community-fills';

export interface CanvasView {
  payload: GraphPayload | null;
  elements: ElementDefinition[];
  /** Ids drawn now: not hidden by the user and not out of the chosen time. */
  shown: ReadonlySet<string>;
  profile: RenderProfile;
  stylesheet: StylesheetJson;
  /** Where concentric and breadth-first layouts start: the path's start, else the selection or the centre. */
  root: string | null;
  /** What the view is about; a new subject is laid out afresh (ViewData.subject). */
  subject: string | null;
}

const EMPTY: readonly string[] = [];

export function useCanvasView(): CanvasView {
  const language = useAppState((state) => state.language);
  const view = useAppState((state) => state.resources.view.data);
  const centre = useAppState((state) => (state.mode === 'paths' ? null : state.explore.centre));
  const selected = useAppState((state) => state.selected);
  const hiddenList = useAppState((state) => state.canvas.hidden);
  const pinnedList = useAppState((state) => state.canvas.pinned);
  const sizeBy = useAppState((state) => state.canvas.sizeBy);
  const asOf = useAppState((state) => state.timeline.asOf);
  const yearFrom = useAppState((state) => state.filters.yearFrom);
  const yearTo = useAppState((state) => state.filters.yearTo);
  const highlightedPath = useAppState((state) => state.paths.highlighted);
  const pathFrom = useAppState((state) => state.paths.from);

  const payload = view?.payload ?? null;
  const paths = view?.paths ?? null;
  const anchors = useMemo(() => {
    if (paths !== null)
      return paths.length > 0 ? [paths[0]!.organizations[0]!.id, paths[0]!.organizations.at(-1)!.id] : EMPTY;
    return centre === null ? EMPTY : [centre];
  }, [paths, centre]);

  const fills = useCommunityFills(payload);
  const sizes = useMemo(
    () => (payload === null ? new Map<string, number>() : centralityScores(payload, sizeBy)),
    [payload, sizeBy],
  );
  // Paths are drawn whole: the time filters belong to the explore view.
  const timeOut = useMemo(
    () =>
      payload === null || paths !== null ? new Set<string>() : outOfTime(payload, { asOf, yearFrom, yearTo }, anchors),
    [payload, paths, asOf, yearFrom, yearTo, anchors],
  );
  const hidden = useMemo(() => new Set(hiddenList), [hiddenList]);
  const pinned = useMemo(() => new Set(pinnedList), [pinnedList]);
  const highlighted = useMemo(() => {
    const path = paths?.[highlightedPath] ?? paths?.[0];
    return path === undefined ? null : pathElementIds([path]);
  }, [paths, highlightedPath]);

  const elements = useMemo(
    () =>
      payload === null
        ? []
        : toElements(payload, language, {
            centre,
            selected,
            hidden,
            pinned,
            outOfTime: timeOut,
            highlighted,
            sizes,
            fills,
          }),
    [payload, language, centre, selected, hidden, pinned, timeOut, highlighted, sizes, fills],
  );
  const shown = useMemo(() => {
    const ids = new Set<string>();
    for (const element of elements) {
      const id = element.data.id!;
      if (!hidden.has(id) && !timeOut.has(id)) ids.add(id);
    }
    return ids;
  }, [elements, hidden, timeOut]);

  const profile = renderProfileFor(elements.length, elements.length > 0 ? glRendererName() : null, RENDERER_OVERRIDE);
  const stylesheet = useMemo(
    () => buildStylesheet(defaultStylesheetOptions(language, profile.fast)),
    [language, profile.fast],
  );
  // A drawn path starts where its first organisation is (the path finder's start, or the organisation matched for).
  const root = paths !== null ? (anchors[0] ?? pathFrom ?? null) : (selected ?? centre);

  return { payload, elements, shown, profile, stylesheet, root, subject: view?.subject ?? null };
}
