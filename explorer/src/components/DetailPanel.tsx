// The selected organisation: kind, hub, capabilities, needs, partners (link kinds and years), events, projects and
// where the facts come from (with a badge for invented sample data), in Korean or English, with its graph actions.
import { useId } from 'react';
import type { OrganizationDetail } from '../api/api-types';
import { ORG_KIND_STYLES } from '../graph/kind-styles';
import { localName, otherLanguage, type Language } from '../i18n/language';
import { formatMessage, messages } from '../i18n/messages';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { CapabilityList, EventList, NeedList, ProjectList } from './DetailLists';
import { NodeActions } from './NodeActions';
import { PanelEmpty, PanelError, PanelLoading } from './PanelState';
import { PartnerList } from './PartnerList';
import { ShapeIcon } from './ShapeIcon';

export function DetailPanel() {
  const language = useAppState((state) => state.language);
  const selected = useAppState((state) => state.selected);
  const resource = useAppState((state) => state.resources.detail);
  const titleId = useId();
  const t = messages[language];

  let body;
  // Data of another organisation (the last one shown) is never displayed under this one's heading.
  const data = resource.data !== null && resource.data.id === selected ? resource.data : null;
  if (selected === null) body = <PanelEmpty text={t.detailEmpty} />;
  else if (data !== null) body = <OrganizationDetails organization={data} language={language} />;
  else if (resource.error?.code === 'NOT_FOUND') body = <PanelEmpty text={t.detailNotFound} />;
  else if (resource.error !== null)
    body = <PanelError language={language} resource="detail" error={resource.error} text={t.detailFailed} />;
  else body = <PanelLoading text={t.detailLoading} />;

  return (
    <section
      className="detail-panel"
      aria-labelledby={titleId}
      data-testid="detail-panel"
      aria-busy={resource.status === 'loading'}
    >
      <h2 id={titleId} className="panel__title">
        {t.detailTitle}
      </h2>
      {body}
    </section>
  );
}

function OrganizationDetails({
  organization: org,
  language,
}: {
  organization: OrganizationDetail;
  language: Language;
}) {
  const dispatch = useDispatch();
  const t = messages[language];
  const other = otherLanguage(language);
  const description =
    language === 'en' ? (org.descriptionEn ?? org.description) : (org.description ?? org.descriptionEn);
  const hub = org.hub === null ? t.noHub : localName(org.hub, language);
  return (
    <article className="detail" data-id={org.id}>
      <header className="detail__header">
        <h3 className="detail__name">{localName(org, language)}</h3>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t.closeDetail}
          onClick={() => dispatch(actions.selectNode(null))}
        >
          ×
        </button>
      </header>
      <p className="detail__other-name" lang={other}>
        {localName(org, other)}
      </p>
      <p className="detail__facts">
        <span className="detail__kind" data-testid="detail-kind">
          <ShapeIcon shape={ORG_KIND_STYLES[org.kind].shape} color={ORG_KIND_STYLES[org.kind].color} />
          {t.orgKind[org.kind]}
        </span>
        <span>
          {t.hub}: {hub}
        </span>
        {org.synthetic && (
          <span className="badge badge--synthetic" data-testid="synthetic-badge" title={t.syntheticNote}>
            {t.syntheticBadge}
          </span>
        )}
        {org.status === 'PLANNED' && <span className="badge">{t.orgStatus.PLANNED}</span>}
      </p>
      <p className="detail__facts detail__facts--quiet">
        {org.founded !== null && <span>{formatMessage(t.founded, { year: org.founded }, language)}</span>}
        {org.employees !== null && <span>{formatMessage(t.employees, { count: org.employees }, language)}</span>}
        <span>{formatMessage(t.linkCount, { count: org.degree }, language)}</span>
        {org.website !== null && (
          <a href={org.website} target="_blank" rel="noreferrer noopener">
            {t.website}
          </a>
        )}
      </p>
      {description !== null && <p className="detail__description">{description}</p>}
      {org.aliases.length > 0 && (
        <p className="detail__aliases">
          {t.aliases}: {org.aliases.join(', ')}
        </p>
      )}
      <NodeActions id={org.id} language={language} />
      <CapabilityList capabilities={org.capabilities} language={language} />
      <NeedList needs={org.needs} language={language} />
      <PartnerList partners={org.partners} language={language} />
      <EventList events={org.events} language={language} />
      <ProjectList projects={org.projects} language={language} />
      <section className="detail__section" data-testid="detail-provenance">
        <h4 className="detail__heading">{t.provenance}</h4>
        <p>{org.synthetic ? t.syntheticNote : t.realData}</p>
        <p>
          {t.source}: <span className="detail__source">{org.source}</span>
        </p>
      </section>
    </article>
  );
}
