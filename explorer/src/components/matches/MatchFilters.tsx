// The conditions on the candidates: one of the organisation's needs, hubs, kinds, and existing partners included.
import { useId } from 'react';
import { ORG_KINDS } from '../../api/api-types';
import { ORG_KIND_STYLES } from '../../graph/kind-styles';
import { localName } from '../../i18n/language';
import { messages } from '../../i18n/messages';
import { matchesMessages } from '../../i18n/matches-messages';
import { actions } from '../../state/store';
import { useAppState, useDispatch } from '../../state/store-context';
import { CheckboxGroup } from '../CheckboxGroup';
import { ShapeIcon } from '../ShapeIcon';

export function MatchFilters() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const settings = useAppState((state) => state.matches);
  const organization = useAppState((state) => state.resources['matches.org'].data);
  const hubs = useAppState((state) => state.resources.hubs.data);
  const ids = { need: useId(), existing: useId() };
  const t = matchesMessages[language];
  const common = messages[language];
  const needs = organization !== null && organization.id === settings.org ? (organization.needs ?? []) : [];
  const hubIds = (hubs ?? []).map((hub) => hub.id);

  return (
    <details className="matches__filters" data-testid="match-filters">
      <summary>{t.filtersTitle}</summary>
      <label htmlFor={ids.need}>{t.need}</label>
      <select
        id={ids.need}
        value={settings.need ?? ''}
        onChange={(event) => dispatch(actions.setMatchNeed(event.target.value === '' ? null : event.target.value))}
      >
        <option value="">{t.anyNeed}</option>
        {needs.map((need) => (
          <option key={need.capability.id} value={need.capability.id}>
            {localName(need.capability, language)}
          </option>
        ))}
      </select>
      {hubs !== null && (
        <CheckboxGroup
          legend={t.hubs}
          testId="match-hubs"
          chosen={settings.hubs}
          onToggle={(hub) => dispatch(actions.toggleMatchHub(hub, hubIds))}
          options={hubs.map((hub) => ({ value: hub.id, label: localName(hub, language) }))}
        />
      )}
      <CheckboxGroup
        legend={t.kinds}
        testId="match-kinds"
        chosen={settings.orgKinds}
        onToggle={(kind) => dispatch(actions.toggleMatchKind(kind))}
        options={ORG_KINDS.map((kind) => ({
          value: kind,
          label: common.orgKind[kind],
          icon: <ShapeIcon {...ORG_KIND_STYLES[kind]} />,
        }))}
      />
      <p>
        <input
          id={ids.existing}
          type="checkbox"
          checked={settings.includeExisting}
          onChange={(event) => dispatch(actions.setIncludeExisting(event.target.checked))}
        />{' '}
        <label htmlFor={ids.existing}>{t.includeExisting}</label>
      </p>
    </details>
  );
}
