// Louvain communities of the scoped network: a switch that colours the canvas's nodes by community (off brings the
// kind colours back), and the legend of those colours with each community's size and dominant hub and kind.
import { useId } from 'react';
import { communityColour, NO_COMMUNITY_COLOUR } from '../../graph/community-colours';
import { formatFigure } from '../../i18n/format-figure';
import { formatMessage, messages } from '../../i18n/messages';
import { localName } from '../../i18n/language';
import { dashboardKey } from '../../state/dashboard-query';
import { loadCommunities } from '../../state/load-dashboard';
import { actions } from '../../state/store';
import { useAppState, useDispatch } from '../../state/store-context';
import { useResource } from '../../state/use-resource';
import { PanelEmpty, PanelError, PanelLoading } from '../PanelState';
import { useDashboardQuery } from './use-dashboard-query';

export function CommunitiesSection() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const on = useAppState((state) => state.dashboard.communityColours);
  const resource = useAppState((state) => state.resources['dashboard.communities']);
  const query = useDashboardQuery();
  useResource('dashboard.communities', dashboardKey(query), (signal) => loadCommunities(query!, signal));
  const titleId = useId();
  const t = messages[language].dashboard;
  const partition = resource.data;

  return (
    <section className="dashboard__section" aria-labelledby={titleId} data-testid="communities">
      <h3 id={titleId} className="dashboard__heading">
        {t.communitiesTitle}
      </h3>
      <p className="dashboard__note">{t.communitiesHelp}</p>
      <button
        type="button"
        className="button button--small"
        aria-pressed={on}
        data-testid="colour-by-community"
        onClick={() => dispatch(actions.setCommunityColours(!on))}
      >
        {t.colourByCommunity}
      </button>
      {partition === null && resource.status === 'loading' && <PanelLoading text={t.communitiesLoading} />}
      {resource.error !== null && (
        <PanelError
          language={language}
          resource="dashboard.communities"
          error={resource.error}
          text={t.communitiesFailed}
        />
      )}
      {partition !== null && partition.communities.length === 0 && <PanelEmpty text={t.communitiesEmpty} />}
      {partition !== null && partition.communities.length > 0 && (
        <>
          <p className="dashboard__note">
            {formatMessage(t.communityCount, { count: partition.count }, language)} · {t.stat.modularity.label}{' '}
            {formatFigure(partition.modularity, 'ratio', language)}
          </p>
          <ul className="community-legend" aria-label={t.communityLegend} data-testid="community-legend">
            {partition.communities.map((community) => {
              const hub = community.dominantHub === null ? '—' : localName(community.dominantHub, language);
              const kind = community.dominantKind === null ? '—' : localName(community.dominantKind, language);
              return (
                <li key={community.id} className="community-legend__item" data-community={community.id}>
                  <span
                    className="community-legend__swatch"
                    style={{ background: communityColour(community.id) }}
                    aria-hidden="true"
                  />
                  <span>
                    {formatMessage(t.communityItem, { id: community.id + 1, size: community.size }, language)}
                    <span className="community-legend__meta">
                      {formatMessage(t.communityDominant, { hub, kind }, language)}
                    </span>
                  </span>
                </li>
              );
            })}
            <li className="community-legend__item">
              <span
                className="community-legend__swatch"
                style={{ background: NO_COMMUNITY_COLOUR }}
                aria-hidden="true"
              />
              <span>{t.noCommunity}</span>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
