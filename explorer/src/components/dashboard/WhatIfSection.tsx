// What if: links proposed between two organisations chosen by search (or added from elsewhere with the
// proposeLink action), and each statistic before and after them with the change, as the API computes it.
import { useId, useMemo, useState } from 'react';
import type { OrganizationHit } from '../../api/api-types';
import type { WhatIfData } from '../../api/dashboard-types';
import { formatFigure, type FigureStyle } from '../../i18n/format-figure';
import { STAT_KEYS } from '../../i18n/dashboard-messages';
import { localName, type Language } from '../../i18n/language';
import { formatMessage, messages } from '../../i18n/messages';
import { dashboardKey } from '../../state/dashboard-query';
import { MAX_PROPOSED_LINKS } from '../../state/dashboard-state';
import { loadWhatIf } from '../../state/load-dashboard';
import { actions } from '../../state/store';
import { useAppState, useDispatch } from '../../state/store-context';
import { useResource } from '../../state/use-resource';
import { PanelError, PanelLoading } from '../PanelState';
import { SearchBox } from '../SearchBox';
import { STAT_STYLES } from './stat-styles';
import { useDashboardQuery } from './use-dashboard-query';

type Names = ReadonlyMap<string, string>;

/** A change is often far smaller than the figure: two decimals would show −0.003 hops as 0.00. */
const DELTA_STYLES: Readonly<Record<FigureStyle, FigureStyle>> = {
  count: 'count',
  decimal: 'ratio',
  ratio: 'ratio',
  share: 'share',
};

export function WhatIfSection() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const links = useAppState((state) => state.dashboard.proposedLinks);
  const resource = useAppState((state) => state.resources['dashboard.whatIf']);
  const payload = useAppState((state) => state.resources.view.data?.payload ?? null);
  const query = useDashboardQuery();
  const [ends, setEnds] = useState<{ from: OrganizationHit | null; to: OrganizationHit | null }>({
    from: null,
    to: null,
  });
  const [chosenNames, setChosenNames] = useState<Map<string, string>>(new Map());
  const titleId = useId();
  useResource('dashboard.whatIf', links.length === 0 ? null : dashboardKey(query, { links }), (signal) =>
    loadWhatIf(query!, links, signal),
  );
  const t = messages[language].dashboard;

  // Names for the listed ids: those chosen here, else the canvas's (a link from the URL names what is drawn).
  const names: Names = useMemo(() => {
    const map = new Map<string, string>();
    for (const node of payload?.nodes ?? [])
      map.set(node.id, localName({ name: node.label, nameEn: node.labelEn }, language));
    for (const [id, name] of chosenNames) map.set(id, name);
    return map;
  }, [payload, chosenNames, language]);

  const same = ends.from !== null && ends.to !== null && ends.from.id === ends.to.id;
  const full = links.length >= MAX_PROPOSED_LINKS;
  const add = () => {
    if (ends.from === null || ends.to === null || same || full) return;
    const [from, to] = [ends.from, ends.to];
    setChosenNames((current) =>
      new Map(current).set(from.id, localName(from, language)).set(to.id, localName(to, language)),
    );
    dispatch(actions.proposeLink(from.id, to.id));
    dispatch(actions.searchTextChanged('linkFrom', ''));
    dispatch(actions.searchTextChanged('linkTo', ''));
    setEnds({ from: null, to: null });
  };

  return (
    <section className="dashboard__section" aria-labelledby={titleId} data-testid="what-if">
      <h3 id={titleId} className="dashboard__heading">
        {t.whatIfTitle}
      </h3>
      <p className="dashboard__note">{t.whatIfHelp}</p>
      <EndField
        end="from"
        label={t.linkFrom}
        chosen={ends.from}
        language={language}
        onChange={(hit) => setEnds((current) => ({ ...current, from: hit }))}
      />
      <EndField
        end="to"
        label={t.linkTo}
        chosen={ends.to}
        language={language}
        onChange={(hit) => setEnds((current) => ({ ...current, to: hit }))}
      />
      {same && (
        <p className="dashboard__note" role="alert">
          {t.sameOrganization}
        </p>
      )}
      {full && <p className="dashboard__note">{t.tooManyLinks}</p>}
      <button
        type="button"
        className="button button--small"
        data-testid="add-proposed-link"
        disabled={ends.from === null || ends.to === null || same || full}
        onClick={add}
      >
        {t.addLink}
      </button>
      <h4 className="dashboard__subheading">{t.proposedTitle}</h4>
      {links.length === 0 ? (
        <p className="panel-state panel-state--empty">{t.noProposedLinks}</p>
      ) : (
        <>
          <ul className="proposed-links" data-testid="proposed-links">
            {links.map((link, index) => {
              const [from, to] = [names.get(link.from) ?? link.from, names.get(link.to) ?? link.to];
              const known = resource.data?.links[index];
              return (
                <li
                  key={`${link.from}.${link.to}`}
                  className="proposed-links__item"
                  data-from={link.from}
                  data-to={link.to}
                >
                  <span>
                    {from} — {to}
                    {known?.from === link.from && known.alreadyLinked && (
                      <span className="badge">{t.alreadyLinked}</span>
                    )}
                    {known?.from === link.from && known.joinsComponents && (
                      <span className="badge">{t.joinsComponents}</span>
                    )}
                  </span>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={formatMessage(t.removeLink, { from, to }, language)}
                    onClick={() => dispatch(actions.removeProposedLink(link.from, link.to))}
                  >
                    ✕
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button button--small" onClick={() => dispatch(actions.clearProposedLinks())}>
            {t.clearLinks}
          </button>
          {resource.data === null && resource.status === 'loading' && <PanelLoading text={t.whatIfLoading} />}
          {resource.error !== null && (
            <PanelError language={language} resource="dashboard.whatIf" error={resource.error} text={t.whatIfFailed} />
          )}
          {resource.data !== null && (
            <WhatIfTable result={resource.data} language={language} busy={resource.status === 'loading'} />
          )}
        </>
      )}
    </section>
  );
}

function EndField(props: {
  end: 'from' | 'to';
  label: string;
  chosen: OrganizationHit | null;
  language: Language;
  onChange(hit: OrganizationHit | null): void;
}) {
  const { end, label, chosen, language, onChange } = props;
  const dispatch = useDispatch();
  const box = end === 'from' ? 'linkFrom' : 'linkTo';
  if (chosen === null) return <SearchBox box={box} label={label} onChoose={onChange} />;
  return (
    <div className="path-end" data-testid={`what-if-${end}`} data-id={chosen.id}>
      <span className="path-end__label">{label}</span>
      <span className="path-end__name">{localName(chosen, language)}</span>
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={`${label}: ${messages[language].dashboard.chooseAgain}`}
        onClick={() => {
          dispatch(actions.searchTextChanged(box, ''));
          onChange(null);
        }}
      >
        {messages[language].dashboard.chooseAgain}
      </button>
    </div>
  );
}

function WhatIfTable({ result, language, busy }: { result: WhatIfData; language: Language; busy: boolean }) {
  const t = messages[language].dashboard;
  return (
    <table className="what-if-table" data-testid="what-if-table" aria-busy={busy}>
      <caption className="visually-hidden">{t.whatIfTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.whatIfMetric}</th>
          <th scope="col">{t.before}</th>
          <th scope="col">{t.after}</th>
          <th scope="col">{t.delta}</th>
        </tr>
      </thead>
      <tbody>
        {STAT_KEYS.map((stat) => {
          const delta = result.delta[stat];
          return (
            <tr key={stat} data-stat={stat} data-delta={delta ?? ''}>
              <th scope="row" title={t.stat[stat].help}>
                {t.stat[stat].label}
              </th>
              <td>{formatFigure(result.before[stat], STAT_STYLES[stat], language)}</td>
              <td>{formatFigure(result.after[stat], STAT_STYLES[stat], language)}</td>
              <td className={delta === null || delta === 0 ? 'what-if-table__same' : 'what-if-table__changed'}>
                {formatFigure(delta, DELTA_STYLES[STAT_STYLES[stat]], language, true)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
