// A candidate's score as one bar of its parts (one coloured segment per factor, on the 0..100 scale), each part
// named with its value, weight and contribution for screen readers and on hover.
import { asPoints, scoreSegments } from '../../graph/score-segments';
import type { MatchScorePart } from '../../api/matches-queries';
import type { Language } from '../../i18n/language';
import { formatMessage } from '../../i18n/messages';
import { matchesMessages } from '../../i18n/matches-messages';

export function ScoreBar({ parts, language }: { parts: readonly MatchScorePart[]; language: Language }) {
  const t = matchesMessages[language];
  const segments = scoreSegments(parts);
  const describe = (segment: (typeof segments)[number]) =>
    formatMessage(
      t.scorePart,
      {
        factor: t.factor[segment.factor],
        value: asPoints(segment.value),
        weight: asPoints(segment.weight),
        contribution: asPoints(segment.contribution),
      },
      language,
    );
  return (
    <figure className="score-bar" data-testid="score-bar">
      <div className="score-bar__track" aria-hidden="true">
        {segments.map((segment) => (
          <span
            key={segment.factor}
            className="score-bar__part"
            data-factor={segment.factor}
            title={describe(segment)}
            style={{ width: `${segment.width}%`, background: segment.colour }}
          />
        ))}
      </div>
      <figcaption className="visually-hidden">{t.scoreLabel}</figcaption>
      <ul className="score-bar__legend">
        {segments.map((segment) => (
          <li key={segment.factor} title={describe(segment)}>
            <span className="score-bar__swatch" style={{ background: segment.colour }} aria-hidden="true" />
            <span className="visually-hidden">{describe(segment)}</span>
            <span aria-hidden="true">
              {t.factor[segment.factor]} {asPoints(segment.contribution)}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
