// The page's outage banner: when any panel cannot reach the data (database down, API not answering), one bilingual
// banner says so, the current language first; every panel retries by itself and the banner goes once all answer.
import { otherLanguage, type Language } from '../i18n/language';
import { formatMessage, messages, type Messages } from '../i18n/messages';
import { RETRY_DELAY_MS } from '../state/load-error';
import { currentOutage } from '../state/resources';
import { useAppState } from '../state/store-context';

export function StatusBanner({ language }: { language: Language }) {
  const outage = useAppState((state) => currentOutage(state.resources));
  if (outage === null) return null;
  const other = otherLanguage(language);
  const seconds = RETRY_DELAY_MS / 1000;
  const headline = (m: Messages) => m.databaseUnavailable;
  return (
    <div className="banner banner--error" role="alert" data-testid="error-banner" data-error-code={outage.code}>
      <p className="banner__headline">
        <strong>{headline(messages[language])}</strong>
        <span lang={other}> / {headline(messages[other])}</span>
      </p>
      <p className="banner__detail">
        {formatMessage(messages[language].retrying, { seconds }, language)}
        <span lang={other}> / {formatMessage(messages[other].retrying, { seconds }, other)}</span>
      </p>
    </div>
  );
}
