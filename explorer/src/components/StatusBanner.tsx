// Loading, empty, truncated and error states; error text appears in both languages, the current one first.
import type { ApiErrorCode } from '../api/api-error';
import type { GraphPayload } from '../api/schema-types';
import { otherLanguage, type Language } from '../i18n/language';
import { formatMessage, messages, type Messages } from '../i18n/messages';
import { RETRY_DELAY_MS } from '../state/load-graph';
import { actions, type LoadError, type LoadStatus } from '../state/store';
import { useDispatch } from '../state/store-context';

/** Failures that mean "the data is not reachable right now" rather than "this request is wrong". */
const UNAVAILABLE_CODES: ReadonlySet<ApiErrorCode> = new Set(['DATABASE_UNAVAILABLE', 'NETWORK_ERROR', 'TIMEOUT']);

interface StatusBannerProps {
  language: Language;
  status: LoadStatus;
  graph: GraphPayload | null;
  error: LoadError | null;
}

export function StatusBanner({ language, status, graph, error }: StatusBannerProps) {
  if (error !== null) return <ErrorBanner language={language} error={error} />;
  const text = messages[language];
  if (status === 'loading' && graph === null) {
    return (
      <p className="status status--loading" role="status" data-testid="status-loading">
        {text.loading}
      </p>
    );
  }
  if (status === 'ready' && graph !== null && graph.nodes.length === 0) {
    return (
      <p className="status status--empty" role="status" data-testid="status-empty">
        {text.empty}
      </p>
    );
  }
  if (graph?.truncated === true) {
    return (
      <p className="status status--note" role="note" data-testid="status-truncated">
        {formatMessage(text.truncated, { nodes: graph.nodes.length }, language)}
      </p>
    );
  }
  return null;
}

function ErrorBanner({ language, error }: { language: Language; error: LoadError }) {
  const dispatch = useDispatch();
  const other = otherLanguage(language);
  const headline = (m: Messages) => (UNAVAILABLE_CODES.has(error.code) ? m.databaseUnavailable : m.loadFailed);
  const seconds = RETRY_DELAY_MS / 1000;
  const text = messages[language];
  return (
    <div className="banner banner--error" role="alert" data-testid="error-banner" data-error-code={error.code}>
      <p className="banner__headline">
        <strong>{headline(text)}</strong>
        <span lang={other}> / {headline(messages[other])}</span>
      </p>
      {error.retryable ? (
        <p className="banner__detail">
          {formatMessage(text.retrying, { seconds }, language)}
          <span lang={other}> / {formatMessage(messages[other].retrying, { seconds }, other)}</span>
        </p>
      ) : (
        <p className="banner__detail">
          {text.errorCode}: <code>{error.code}</code>{' '}
          <button type="button" className="button" onClick={() => dispatch(actions.reloadGraph())}>
            {text.retry}
          </button>
        </p>
      )}
    </div>
  );
}
