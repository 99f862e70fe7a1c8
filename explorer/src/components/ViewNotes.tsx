// Notes about the drawing: cut at the API's limit (with "load more"), drawn with the large-view settings, nodes hidden.
import type { GraphPayload } from '../api/api-types';
import type { RenderProfile } from '../graph/render-profile';
import { VIEW_LIMITS, viewLimitKind } from '../state/view-query';
import { formatMessage, messages } from '../i18n/messages';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';

export function ViewNotes({ payload, profile }: { payload: GraphPayload | null; profile: RenderProfile }) {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const hidden = useAppState((state) => state.canvas.hidden.length);
  const inPaths = useAppState((state) => state.mode === 'paths');
  const canLoadMore = useAppState((state) => {
    const limits = VIEW_LIMITS[viewLimitKind(state)];
    return (state.explore.limit ?? limits.initial) < limits.max;
  });
  const loading = useAppState((state) => state.resources.view.status === 'loading');
  const t = messages[language];
  const truncated = payload?.truncated === true && !inPaths;
  if (!truncated && !profile.fast && hidden === 0) return null;

  return (
    <div className="view-notes" data-testid="view-notes">
      {truncated && (
        <p className="view-note" role="note" data-testid="status-truncated">
          {formatMessage(t.truncated, { nodes: payload.nodes.length }, language)}{' '}
          {canLoadMore && (
            <button
              type="button"
              className="button button--small"
              disabled={loading}
              onClick={() => dispatch(actions.loadMore())}
            >
              {t.loadMore}
            </button>
          )}
        </p>
      )}
      {profile.fast && (
        <p className="view-note" role="note" data-testid="status-fast">
          {t.fastMode} {profile.webgl && t.webglMode}
        </p>
      )}
      {hidden > 0 && (
        <p className="view-note" role="note" data-testid="status-hidden">
          {formatMessage(t.hiddenCount, { count: hidden }, language)}{' '}
          <button type="button" className="button button--small" onClick={() => dispatch(actions.showHiddenNodes())}>
            {t.showHidden}
          </button>
        </p>
      )}
    </div>
  );
}
