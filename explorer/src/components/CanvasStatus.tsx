// The canvas's own states: loading, nothing to draw (and why), and a failure that is not an outage (outages show
// the page's banner and retry by themselves).
import { formatMessage, messages } from '../i18n/messages';
import { isUnavailable } from '../state/resources';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { viewQueryOf } from '../state/view-query';

export function CanvasStatus({ nodeCount, shownCount }: { nodeCount: number; shownCount: number }) {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const view = useAppState((state) => state.resources.view);
  const maxHops = useAppState((state) => state.paths.maxHops);
  const noneReason = useAppState((state) => {
    const query = viewQueryOf(state);
    return query.kind === 'none' ? query.reason : null;
  });
  const t = messages[language];

  if (noneReason !== null) {
    return (
      <p className="status status--empty" role="status" data-testid="status-empty">
        {noneReason === 'pathEnds' ? t.pathEndsMissing : t.emptyFilter}
      </p>
    );
  }
  if (view.error !== null && !isUnavailable(view.error)) {
    return (
      <div className="status status--error" role="alert" data-testid="status-error" data-error-code={view.error.code}>
        <p>{t.loadFailed}</p>
        <p>
          {t.errorCode}: <code>{view.error.code}</code>{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => dispatch(actions.retryResource('view'))}
          >
            {t.retry}
          </button>
        </p>
      </div>
    );
  }
  if (view.data === null) {
    return view.error === null ? (
      <p className="status status--loading" role="status" data-testid="status-loading">
        {t.loading}
      </p>
    ) : null;
  }
  if (view.status === 'ready' && nodeCount === 0) {
    return (
      <p className="status status--empty" role="status" data-testid="status-empty">
        {view.data.paths !== null ? formatMessage(t.pathsEmpty, { hops: maxHops }, language) : t.emptyView}
      </p>
    );
  }
  if (view.status === 'ready' && view.data.paths === null && nodeCount === 1 && view.data.payload.edges.length === 0) {
    return (
      <p className="status status--empty" role="status" data-testid="status-only-centre">
        {t.onlyCentre}
      </p>
    );
  }
  if (nodeCount > 0 && shownCount === 0) {
    return (
      <p className="status status--empty" role="status" data-testid="status-empty-time">
        {t.emptyInTime}
      </p>
    );
  }
  return null;
}
