// The network filters: organisation kinds, hubs, link kinds (asked of the API) and a year range (applied in the page).
import { useId } from 'react';
import { LINK_KINDS, ORG_KINDS } from '../api/api-types';
import { LINK_KIND_STYLES, ORG_KIND_STYLES } from '../graph/kind-styles';
import { localName } from '../i18n/language';
import { messages } from '../i18n/messages';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { CheckboxGroup } from './CheckboxGroup';
import { LineIcon } from './LineIcon';
import { PanelError, PanelLoading } from './PanelState';
import { ShapeIcon } from './ShapeIcon';
import { YearRange } from './YearRange';

export function FilterPanel() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const filters = useAppState((state) => state.filters);
  const hubs = useAppState((state) => state.resources.hubs);
  const titleId = useId();
  const t = messages[language];
  const hubIds = (hubs.data ?? []).map((hub) => hub.id);

  return (
    <section className="filter-panel" aria-labelledby={titleId} data-testid="filter-panel">
      <h2 id={titleId} className="panel__title">
        {t.filtersTitle}
      </h2>
      <CheckboxGroup
        legend={t.legendOrgKinds}
        testId="filter-org-kinds"
        chosen={filters.orgKinds}
        onToggle={(kind) => dispatch(actions.toggleOrgKind(kind))}
        options={ORG_KINDS.map((kind) => ({
          value: kind,
          label: t.orgKind[kind],
          icon: <ShapeIcon shape={ORG_KIND_STYLES[kind].shape} color={ORG_KIND_STYLES[kind].color} />,
        }))}
      />
      {hubs.data !== null ? (
        <CheckboxGroup
          legend={t.filterHubs}
          testId="filter-hubs"
          chosen={filters.hubs}
          onToggle={(hub) => dispatch(actions.toggleHub(hub, hubIds))}
          options={hubs.data.map((hub) => ({ value: hub.id, label: localName(hub, language) }))}
        />
      ) : hubs.error !== null ? (
        <PanelError language={language} resource="hubs" error={hubs.error} text={t.hubsFailed} />
      ) : (
        <PanelLoading text={t.hubsLoading} />
      )}
      <CheckboxGroup
        legend={t.legendLinkKinds}
        testId="filter-link-kinds"
        chosen={filters.linkKinds}
        onToggle={(kind) => dispatch(actions.toggleLinkKind(kind))}
        options={LINK_KINDS.map((kind) => ({
          value: kind,
          label: t.linkKind[kind],
          icon: <LineIcon style={LINK_KIND_STYLES[kind]} />,
        }))}
      />
      <YearRange language={language} from={filters.yearFrom} to={filters.yearTo} />
      <button type="button" className="button button--small" onClick={() => dispatch(actions.resetFilters())}>
        {t.resetFilters}
      </button>
    </section>
  );
}
