// One line under the conditions saying which weights rank the candidates: learnt from the network's last year (the
// window and how many organisations it learnt from) or the documented defaults and why, with the largest weights.
import { formatMessage } from '../../i18n/messages';
import { matchesMessages } from '../../i18n/matches-messages';
import { useAppState } from '../../state/store-context';

/** How many of the largest weights the line names. */
const SHOWN = 3;

export function MatchWeightsNote() {
  const language = useAppState((state) => state.language);
  const weights = useAppState((state) => state.resources['matches.weights'].data);
  const t = matchesMessages[language];
  if (weights === null) return null;
  const top = [...weights.weights]
    .filter((w) => w.weight > 0 && w.factor !== 'FEEDBACK')
    .sort((a, b) => b.weight - a.weight)
    .slice(0, SHOWN)
    .map((w) => `${t.factor[w.factor]} ${Math.round(w.weight * 100)}%`)
    .join(' · ');
  const text =
    weights.outcome === 'CALIBRATED'
      ? formatMessage(
          t.weightsLearnt,
          { from: weights.from ?? '', to: weights.to ?? '', count: weights.eligibleOrganizations, top },
          language,
        )
      : formatMessage(t.weightsConfigured, { top, why: t.weightsWhy[weights.outcome] }, language);
  return (
    <p className="match-weights" data-testid="match-weights" data-outcome={weights.outcome}>
      {text}
    </p>
  );
}
