// The path finder: two organisations (searched), how many paths, how long, over which link kinds; the paths found
// are drawn breadth-first on the canvas and listed here with every link's evidence.
import { useId } from 'react';
import { LINK_KINDS } from '../api/api-types';
import { LINK_KIND_STYLES } from '../graph/kind-styles';
import { localName } from '../i18n/language';
import { messages } from '../i18n/messages';
import type { PathEnd } from '../state/app-state';
import { MAX_HOPS_RANGE, PATH_K_RANGE } from '../state/actions/paths';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { CheckboxGroup } from './CheckboxGroup';
import { LineIcon } from './LineIcon';
import { PathList } from './PathList';
import { SearchBox } from './SearchBox';

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, index) => min + index);

export function PathFinderPanel() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const paths = useAppState((state) => state.paths);
  const ids = { k: useId(), hops: useId(), title: useId() };
  const t = messages[language];

  return (
    <section className="mode-panel path-finder" aria-labelledby={ids.title} data-testid="path-finder">
      <h2 id={ids.title} className="panel__title">
        {t.pathsTitle}
      </h2>
      <PathEndField end="from" label={t.pathFrom} />
      <button
        type="button"
        className="button button--small path-finder__swap"
        onClick={() => dispatch(actions.swapPathEnds())}
        disabled={paths.from === null && paths.to === null}
      >
        ⇅ {t.swapEnds}
      </button>
      <PathEndField end="to" label={t.pathTo} />
      <div className="path-finder__options">
        <label htmlFor={ids.k}>{t.pathCount}</label>
        <select
          id={ids.k}
          value={paths.k}
          onChange={(event) => dispatch(actions.setPathCount(Number(event.target.value)))}
        >
          {range(PATH_K_RANGE.min, PATH_K_RANGE.max).map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <label htmlFor={ids.hops}>{t.maxHops}</label>
        <select
          id={ids.hops}
          value={paths.maxHops}
          onChange={(event) => dispatch(actions.setMaxHops(Number(event.target.value)))}
        >
          {range(MAX_HOPS_RANGE.min, MAX_HOPS_RANGE.max).map((hops) => (
            <option key={hops} value={hops}>
              {hops}
            </option>
          ))}
        </select>
      </div>
      <CheckboxGroup
        legend={t.pathLinkKinds}
        testId="path-link-kinds"
        chosen={paths.linkKinds}
        onToggle={(kind) => dispatch(actions.togglePathLinkKind(kind))}
        options={LINK_KINDS.map((kind) => ({
          value: kind,
          label: t.linkKind[kind],
          icon: <LineIcon style={LINK_KIND_STYLES[kind]} />,
        }))}
      />
      <PathList />
    </section>
  );
}

/** A chosen end shows its name with a button to choose again; an open end is a search box. */
function PathEndField({ end, label }: { end: PathEnd; label: string }) {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const id = useAppState((state) => state.paths[end]);
  const labelResource = useAppState((state) => state.resources[`label.${end}`]);
  const t = messages[language];
  if (id === null) {
    return <SearchBox box={end} label={label} onChoose={(hit) => dispatch(actions.setPathEnd(end, hit.id))} />;
  }
  const known = labelResource.data !== null && labelResource.data.id === id ? labelResource.data : null;
  return (
    <div className="path-end" data-testid={`path-end-${end}`} data-id={id}>
      <span className="path-end__label">{label}</span>
      <span className="path-end__name">{known === null ? id : localName(known, language)}</span>
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={`${label}: ${t.clearEnd}`}
        onClick={() => {
          dispatch(actions.searchTextChanged(end, ''));
          dispatch(actions.setPathEnd(end, null));
        }}
      >
        {t.clearEnd}
      </button>
    </div>
  );
}
