// The loading, empty and error states every panel shows the same way; an outage says it is waiting (the banner
// explains), any other failure names its code and offers to try again.
import { messages } from '../i18n/messages';
import type { Language } from '../i18n/language';
import { isUnavailable, type LoadError, type ResourceName } from '../state/resources';
import { actions } from '../state/store';
import { useDispatch } from '../state/store-context';

export function PanelLoading({ text }: { text: string }) {
  return (
    <p className="panel-state panel-state--loading" role="status" aria-live="polite">
      {text}
    </p>
  );
}

export function PanelEmpty({ text }: { text: string }) {
  return <p className="panel-state panel-state--empty">{text}</p>;
}

interface PanelErrorProps {
  language: Language;
  resource: ResourceName;
  error: LoadError;
  /** What failed, e.g. "The organisation could not be loaded". */
  text: string;
}

export function PanelError({ language, resource, error, text }: PanelErrorProps) {
  const dispatch = useDispatch();
  const t = messages[language];
  if (isUnavailable(error)) {
    return (
      <p className="panel-state panel-state--waiting" role="status" data-error-code={error.code}>
        {t.waitingForDatabase}
      </p>
    );
  }
  return (
    <div className="panel-state panel-state--error" role="alert" data-error-code={error.code}>
      <p>{text}</p>
      <p className="panel-state__detail">
        {t.errorCode}: <code>{error.code}</code>{' '}
        <button
          type="button"
          className="button button--small"
          onClick={() => dispatch(actions.retryResource(resource))}
        >
          {t.retry}
        </button>
      </p>
    </div>
  );
}
