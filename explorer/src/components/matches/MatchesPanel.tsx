// The partner-matches panel: whom partners are found for (searched, or the selected organisation), the conditions,
// and the ranked candidates; loads the organisation (its needs) and the matches as store resources.
import { useId } from 'react';
import { localName } from '../../i18n/language';
import { formatMessage } from '../../i18n/messages';
import { matchesMessages } from '../../i18n/matches-messages';
import { loadMatchingWeights, loadMatchOrganization, loadPartnerMatches } from '../../state/load-matches';
import { matchesKeyOf, matchesVariablesOf, type MatchesVariables } from '../../state/matches-query';
import { actions } from '../../state/store';
import { useAppState, useDispatch } from '../../state/store-context';
import { useResource } from '../../state/use-resource';
import { seesPrivate, viewerRole } from '../../state/viewer';
import { SearchBox } from '../SearchBox';
import { MatchFilters } from './MatchFilters';
import { MatchList } from './MatchList';
import { MatchWeightsNote } from './MatchWeightsNote';

export function MatchesPanel() {
  const language = useAppState((state) => state.language);
  const org = useAppState((state) => state.matches.org);
  const key = useAppState((state) => matchesKeyOf(matchesVariablesOf(state.matches)));
  const titleId = useId();
  const t = matchesMessages[language];

  const withPrivate = useAppState((state) => seesPrivate(viewerRole(state)));
  const orgKey = org === null ? null : `${org}${withPrivate ? '#private' : ''}`;
  useResource('matches.org', orgKey, (signal) => loadMatchOrganization(org ?? '', withPrivate, signal));
  useResource('matches', key, (signal) => loadPartnerMatches(JSON.parse(key ?? 'null') as MatchesVariables, signal));
  // Staff only, like the matches themselves; today's weights, whichever organisation is matched.
  useResource('matches.weights', withPrivate && org !== null ? 'today' : null, (signal) => loadMatchingWeights(signal));

  return (
    <section className="mode-panel matches" aria-labelledby={titleId} data-testid="matches-panel">
      <h2 id={titleId} className="panel__title">
        {t.title}
      </h2>
      {org === null ? <ChooseOrganization /> : <ChosenOrganization id={org} />}
      {org !== null && <MatchFilters />}
      {org !== null && <MatchWeightsNote />}
      {org !== null && <MatchList />}
    </section>
  );
}

function ChooseOrganization() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const selected = useAppState((state) => state.selected);
  const detail = useAppState((state) => state.resources.detail.data);
  const t = matchesMessages[language];
  const selectedName = detail !== null && detail.id === selected ? localName(detail, language) : selected;
  return (
    <>
      <SearchBox box="matchFor" label={t.searchLabel} onChoose={(hit) => dispatch(actions.findPartnersFor(hit.id))} />
      {selected !== null && (
        <button
          type="button"
          className="button button--small"
          onClick={() => dispatch(actions.findPartnersFor(selected))}
        >
          {formatMessage(t.useSelected, { name: selectedName ?? selected }, language)}
        </button>
      )}
      <p className="panel-state panel-state--empty">{t.chooseOrg}</p>
    </>
  );
}

function ChosenOrganization({ id }: { id: string }) {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const organization = useAppState((state) => state.resources['matches.org'].data);
  const t = matchesMessages[language];
  const known = organization !== null && organization.id === id ? organization : null;
  return (
    <div className="path-end" data-testid="matches-for" data-id={id}>
      <span className="path-end__label">{t.forLabel}</span>
      <span className="path-end__name">{known === null ? id : localName(known, language)}</span>
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => {
          dispatch(actions.searchTextChanged('matchFor', ''));
          dispatch(actions.clearMatchOrganization());
        }}
      >
        {t.change}
      </button>
    </div>
  );
}
