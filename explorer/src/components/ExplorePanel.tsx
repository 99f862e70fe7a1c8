// The explore mode's side panel: search, what the canvas is centred on (and how far out), and the filters.
import { useId } from 'react';
import { formatMessage, messages } from '../i18n/messages';
import { localName } from '../i18n/language';
import { MAX_DEPTH } from '../state/actions/selection';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { FilterPanel } from './FilterPanel';
import { SearchBox } from './SearchBox';

export function ExplorePanel() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const t = messages[language];
  return (
    <div className="mode-panel" data-testid="explore-panel">
      <SearchBox box="main" label={t.searchLabel} onChoose={(hit) => dispatch(actions.chooseOrganization(hit.id))} />
      <ViewControls />
      <FilterPanel />
    </div>
  );
}

function ViewControls() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const centre = useAppState((state) => state.explore.centre);
  const depth = useAppState((state) => state.explore.depth);
  const centreNode = useAppState(
    (state) => state.resources.view.data?.payload.nodes.find((node) => node.id === centre) ?? null,
  );
  const depthId = useId();
  const t = messages[language];
  const name =
    centreNode === null ? centre : localName({ name: centreNode.label, nameEn: centreNode.labelEn }, language);

  return (
    <section className="view-controls" aria-label={t.viewTitle} data-testid="view-controls">
      <p className="view-controls__subject" data-testid="view-subject">
        {centre === null ? t.viewWhole : formatMessage(t.viewCentredOn, { name: name ?? '' }, language)}
      </p>
      {centre !== null && (
        <div className="view-controls__row">
          <label htmlFor={depthId}>{t.depth}</label>
          <select
            id={depthId}
            value={depth}
            onChange={(event) => dispatch(actions.setDepth(Number(event.target.value)))}
          >
            {Array.from({ length: MAX_DEPTH }, (_, index) => index + 1).map((option) => (
              <option key={option} value={option}>
                {formatMessage(t.depthOption, { depth: option }, language)}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small" onClick={() => dispatch(actions.showWholeNetwork())}>
            {t.wholeNetwork}
          </button>
        </div>
      )}
    </section>
  );
}
