// The density heat map: a table of groups × groups (hubs, kinds or sectors), each pair once, coloured on a scale
// shown below it; every cell's density, links and possible pairs are read out by screen readers.
import { useId, useMemo } from 'react';
import type { DensityGrouping } from '../../api/dashboard-types';
import { heatLegend, heatMapOf, NO_PAIR_COLOUR, type HeatMapCell, type HeatMapGroup } from '../../graph/heat-map-cells';
import { formatFigure } from '../../i18n/format-figure';
import type { Language } from '../../i18n/language';
import { formatMessage, messages } from '../../i18n/messages';
import { DENSITY_GROUPINGS } from '../../state/dashboard-state';
import { dashboardKey } from '../../state/dashboard-query';
import { loadDensityMatrix } from '../../state/load-dashboard';
import { actions } from '../../state/store';
import { useAppState, useDispatch } from '../../state/store-context';
import { useResource } from '../../state/use-resource';
import { PanelEmpty, PanelError, PanelLoading } from '../PanelState';
import { useDashboardQuery } from './use-dashboard-query';

export function DensityHeatMap() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const by = useAppState((state) => state.dashboard.densityBy);
  const resource = useAppState((state) => state.resources['dashboard.density']);
  const query = useDashboardQuery();
  const key = dashboardKey(query, { by });
  const ids = { title: useId(), by: useId() };
  useResource('dashboard.density', key, (signal) => loadDensityMatrix(query!, by, signal));
  const t = messages[language].dashboard;
  const map = useMemo(
    () => (resource.data === null ? null : heatMapOf(resource.data, language)),
    [resource.data, language],
  );

  return (
    <section className="dashboard__section" aria-labelledby={ids.title} data-testid="density-heat-map">
      <h3 id={ids.title} className="dashboard__heading">
        {t.heatMapTitle}
      </h3>
      <div className="dashboard__control">
        <label htmlFor={ids.by}>{t.groupBy}</label>
        <select
          id={ids.by}
          value={by}
          onChange={(event) => dispatch(actions.setDensityGrouping(event.target.value as DensityGrouping))}
        >
          {DENSITY_GROUPINGS.map((grouping) => (
            <option key={grouping} value={grouping}>
              {t.grouping[grouping]}
            </option>
          ))}
        </select>
      </div>
      {map === null && resource.status === 'loading' && <PanelLoading text={t.heatMapLoading} />}
      {resource.error !== null && (
        <PanelError language={language} resource="dashboard.density" error={resource.error} text={t.heatMapFailed} />
      )}
      {map !== null && map.groups.length === 0 && <PanelEmpty text={t.heatMapEmpty} />}
      {map !== null && map.groups.length > 0 && (
        <>
          <div className="heat-map__scroll">
            <table className="heat-map" data-by={resource.data?.by} aria-busy={resource.status === 'loading'}>
              <caption className="heat-map__caption">{t.heatMapCaption}</caption>
              <thead>
                <tr>
                  <td />
                  {map.groups.map((group) => (
                    <th
                      key={group.index}
                      scope="col"
                      className="heat-map__column-head"
                      title={formatMessage(t.groupSize, { size: group.size }, language)}
                    >
                      <span>{group.label}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {map.rows.map((row, index) => (
                  <tr key={map.groups[index]!.index}>
                    <th scope="row" className="heat-map__row-head">
                      {map.groups[index]!.label}
                      <span className="heat-map__size">
                        {formatMessage(t.groupSize, { size: map.groups[index]!.size }, language)}
                      </span>
                    </th>
                    {row.map((cell, column) =>
                      cell === null ? (
                        <td key={column} className="heat-map__blank" />
                      ) : (
                        <HeatCell key={column} cell={cell} groups={map.groups} language={language} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <HeatLegend max={map.max} language={language} />
        </>
      )}
    </section>
  );
}

function HeatCell({ cell, groups, language }: { cell: HeatMapCell; groups: HeatMapGroup[]; language: Language }) {
  const t = messages[language].dashboard;
  const names = { row: groups[cell.row]!.label, column: groups[cell.column]!.label };
  const spoken =
    cell.density === null
      ? formatMessage(t.heatCellNoPairs, names, language)
      : formatMessage(
          t.heatCell,
          {
            ...names,
            density: formatFigure(cell.density, 'ratio', language),
            links: cell.links,
            possible: cell.possible,
          },
          language,
        );
  return (
    <td
      className="heat-map__cell"
      style={{ background: cell.colour, color: cell.textColour }}
      title={spoken}
      data-testid="heat-cell"
      data-row-key={groups[cell.row]!.key ?? ''}
      data-column-key={groups[cell.column]!.key ?? ''}
      data-density={cell.density ?? ''}
      data-links={cell.links}
    >
      <span aria-hidden="true">{cell.density === null ? '·' : formatFigure(cell.density, 'ratio', language)}</span>
      <span className="visually-hidden">{spoken}</span>
    </td>
  );
}

function HeatLegend({ max, language }: { max: number; language: Language }) {
  const t = messages[language].dashboard;
  const stops = heatLegend(max);
  return (
    <figure className="heat-legend" data-testid="heat-legend">
      <figcaption className="heat-legend__title">{t.heatLegend}</figcaption>
      <ul className="heat-legend__stops">
        {stops.map((stop) => (
          <li key={stop.value} className="heat-legend__stop">
            <span className="heat-legend__swatch" style={{ background: stop.colour }} aria-hidden="true" />
            {formatFigure(stop.value, 'ratio', language)}
          </li>
        ))}
        <li className="heat-legend__stop">
          <span className="heat-legend__swatch" style={{ background: NO_PAIR_COLOUR }} aria-hidden="true" />
          {t.noPairs}
        </li>
      </ul>
    </figure>
  );
}
