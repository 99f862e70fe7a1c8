// The ranked candidates, with the loading, empty, staff-only and error states.
import { matchesMessages } from '../../i18n/matches-messages';
import { matchesVariablesOf } from '../../state/matches-query';
import { useAppState } from '../../state/store-context';
import { useApiKeyPresent } from '../ApiKeySetting';
import { PanelEmpty, PanelError, PanelLoading } from '../PanelState';
import { MatchCandidate } from './MatchCandidate';

export function MatchList() {
  const language = useAppState((state) => state.language);
  const resource = useAppState((state) => state.resources.matches);
  const askable = useAppState((state) => matchesVariablesOf(state.matches) !== null);
  const candidate = useAppState((state) => state.matches.candidate);
  const hasKey = useApiKeyPresent();
  const t = matchesMessages[language];

  if (!askable) return <PanelEmpty text={t.emptyFilter} />;
  const { error } = resource;
  if (error !== null && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')) {
    // Partner matches are staff-only (they rank on the confidential demand survey): say what would open them.
    return (
      <p className="panel-state panel-state--error" role="alert" data-error-code={error.code}>
        {error.code === 'UNAUTHENTICATED' || hasKey ? `${t.keyRefused} ${t.staffOnly}` : t.staffOnly}
      </p>
    );
  }
  if (error !== null) return <PanelError language={language} resource="matches" error={error} text={t.failed} />;
  const matches = resource.status === 'ready' ? resource.data : null;
  if (matches === null) return <PanelLoading text={t.loading} />;
  if (matches.length === 0) return <PanelEmpty text={t.empty} />;
  return (
    <ol className="match-list" aria-label={t.listLabel} data-testid="match-list">
      {matches.map((match) => (
        <MatchCandidate key={match.candidate.id} match={match} chosen={match.candidate.id === candidate} />
      ))}
    </ol>
  );
}
