// One ranked candidate: name, rank and score with its bar of parts, the explanation and the reasons; the
// secretariat's decision buttons; chosen, its introduction paths are drawn on the canvas and listed here.
import type { PartnerMatch } from '../../api/matches-queries';
import { asPoints } from '../../graph/score-segments';
import { localName } from '../../i18n/language';
import { formatMessage, messages } from '../../i18n/messages';
import { matchesMessages } from '../../i18n/matches-messages';
import { actions } from '../../state/store';
import { useAppState, useDispatch } from '../../state/store-context';
import { IntroductionPaths } from './IntroductionPaths';
import { MatchFeedbackButtons } from './MatchFeedbackButtons';
import { MatchReasons } from './MatchReasons';
import { ScoreBar } from './ScoreBar';

export function MatchCandidate({ match, chosen }: { match: PartnerMatch; chosen: boolean }) {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const t = matchesMessages[language];
  const common = messages[language];
  const { candidate } = match;
  const org = useAppState((state) => state.matches.org);
  // The policy dashboard's what-if shows what this introduction would change in the network's measures.
  const proposed = useAppState((state) =>
    state.dashboard.proposedLinks.some(
      (link) => (link.from === org && link.to === candidate.id) || (link.from === candidate.id && link.to === org),
    ),
  );
  return (
    <li
      className={`match${chosen ? ' match--chosen' : ''}`}
      data-testid="match"
      data-id={candidate.id}
      data-rank={match.rank}
    >
      <button
        type="button"
        className="match__heading"
        aria-pressed={chosen}
        aria-label={`${localName(candidate, language)} — ${chosen ? t.hidePath : t.showPath}`}
        onClick={() => dispatch(actions.chooseMatchCandidate(chosen ? null : candidate.id))}
      >
        <span className="match__name">{localName(candidate, language)}</span>
        <span className="match__meta">
          {common.orgKind[candidate.kind]}
          {candidate.hub !== null && ` · ${localName(candidate.hub, language)}`}
          {candidate.synthetic && ` · ${common.syntheticBadge}`}
        </span>
        <span className="match__score">
          {formatMessage(t.rankScore, { rank: match.rank, score: asPoints(match.score) }, language)}
        </span>
      </button>
      <ScoreBar parts={match.scoreParts} language={language} />
      <p className="match__explanation" data-testid="match-explanation">
        {language === 'en' ? match.explanationEn : match.explanation}
      </p>
      <MatchReasons reasons={match.reasons} language={language} />
      <MatchFeedbackButtons match={match} />
      <button
        type="button"
        className="button button--small button--quiet"
        disabled={proposed || org === null}
        onClick={() => org !== null && dispatch(actions.proposeLink(org, candidate.id))}
      >
        {proposed ? t.proposedWhatIf : t.proposeWhatIf}
      </button>
      {chosen && <IntroductionPaths match={match} />}
    </li>
  );
}
