// 연락함 / 수락 / 거절: records the secretariat's decision on a candidate (staff), then the list is asked again so
// the recorded feedback (and the rank it changes) comes from the API.
import { useState } from 'react';
import type { MatchDecision, PartnerMatch } from '../../api/matches-queries';
import { LOCALES } from '../../i18n/language';
import { formatMessage } from '../../i18n/messages';
import { matchesMessages } from '../../i18n/matches-messages';
import { toLoadError } from '../../state/load-error';
import { recordMatchFeedback } from '../../state/load-matches';
import type { LoadError } from '../../state/resources';
import { actions } from '../../state/store';
import { useAppState, useDispatch } from '../../state/store-context';

const DECISIONS: readonly MatchDecision[] = ['CONTACTED', 'ACCEPTED', 'DECLINED'];

export function MatchFeedbackButtons({ match }: { match: PartnerMatch }) {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const org = useAppState((state) => state.matches.org);
  const [saving, setSaving] = useState<MatchDecision | null>(null);
  const [error, setError] = useState<LoadError | null>(null);
  const t = matchesMessages[language];
  const feedback = match.feedback;

  const record = async (decision: MatchDecision) => {
    if (org === null) return;
    setSaving(decision);
    setError(null);
    try {
      await recordMatchFeedback(org, match.candidate.id, decision);
      dispatch(actions.retryResource('matches'));
    } catch (failure) {
      setError(toLoadError(failure));
    } finally {
      setSaving(null);
    }
  };

  return (
    <div className="match__feedback" role="group" aria-label={t.feedbackGroup}>
      {DECISIONS.map((decision) => (
        <button
          key={decision}
          type="button"
          className="button button--small"
          data-decision={decision}
          aria-pressed={feedback?.decision === decision}
          disabled={saving !== null}
          onClick={() => void record(decision)}
        >
          {t.decision[decision]}
        </button>
      ))}
      {saving !== null && <span role="status">{t.feedbackSaving}</span>}
      {feedback !== null && (
        <p className="match__feedback-line" data-testid="match-feedback" data-decision={feedback.decision}>
          {formatMessage(
            t.feedbackLine,
            {
              decision: t.decision[feedback.decision],
              who: feedback.recordedBy,
              date: new Date(feedback.recordedAt).toLocaleString(LOCALES[language]),
            },
            language,
          )}
          {feedback.note !== null && ` — ${feedback.note}`}
        </p>
      )}
      {error !== null && (
        <p role="alert" className="import-form__error" data-error-code={error.code}>
          {t.feedbackFailed} ({error.code === 'FORBIDDEN' ? t.staffOnly : error.code})
        </p>
      )}
    </div>
  );
}
