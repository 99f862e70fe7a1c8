// The chosen candidate's introduction paths as the path finder lists them (each hop's links with their evidence;
// a heading highlights its path on the canvas), and the organisations best placed to introduce the two.
import type { PartnerMatch } from '../../api/matches-queries';
import { localName } from '../../i18n/language';
import { formatMessage } from '../../i18n/messages';
import { matchesMessages } from '../../i18n/matches-messages';
import { loadIntroducers } from '../../state/load-matches';
import { useAppState } from '../../state/store-context';
import { useResource } from '../../state/use-resource';
import { PanelEmpty, PanelLoading } from '../PanelState';
import { PathItem } from '../PathList';

export function IntroductionPaths({ match }: { match: PartnerMatch }) {
  const language = useAppState((state) => state.language);
  const highlighted = useAppState((state) => state.paths.highlighted);
  const org = useAppState((state) => state.matches.org);
  const introducers = useAppState((state) => state.resources['matches.introducers']);
  const t = matchesMessages[language];
  const key = org === null ? null : `${org}>${match.candidate.id}`;
  useResource('matches.introducers', key, (signal) => loadIntroducers(org ?? '', match.candidate.id, signal));

  return (
    <div className="match__introduction" data-testid="match-introduction">
      <h3 className="match__subtitle">{t.introductionTitle}</h3>
      {match.introductionPaths.length === 0 ? (
        <PanelEmpty text={t.noIntroduction} />
      ) : (
        <ol className="path-list" data-testid="introduction-paths">
          {match.introductionPaths.map((path, index) => (
            <PathItem
              key={path.organizations.map((item) => item.id).join('>')}
              path={path}
              index={index}
              active={index === highlighted}
              language={language}
            />
          ))}
        </ol>
      )}
      <h3 className="match__subtitle">{t.introducersTitle}</h3>
      {introducers.status !== 'ready' || introducers.data === null ? (
        introducers.error === null ? (
          <PanelLoading text={t.introducersLoading} />
        ) : (
          <PanelEmpty text={`${t.noIntroducers} (${introducers.error.code})`} />
        )
      ) : introducers.data.length === 0 ? (
        <PanelEmpty text={t.noIntroducers} />
      ) : (
        <ol className="match__introducers" data-testid="introducers">
          {introducers.data.map((introducer) => (
            <li key={introducer.organization.id} data-id={introducer.organization.id}>
              <strong>{localName(introducer.organization, language)}</strong>{' '}
              <span className="detail__quiet">
                {formatMessage('({score})', { score: Math.round(introducer.score * 100) }, language)}
              </span>{' '}
              — {language === 'en' ? introducer.textEn : introducer.text}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
