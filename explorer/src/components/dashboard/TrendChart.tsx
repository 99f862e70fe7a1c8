// One accessible line chart in plain SVG (geometry from graph/trend-chart.ts): a title and description for screen
// readers, a point per year with its value on hover, a legend, and the same numbers as a table to open.
import { useId } from 'react';
import { trendChartGeometry, type TrendSeries } from '../../graph/trend-chart';
import { formatFigure, type FigureStyle } from '../../i18n/format-figure';
import type { Language } from '../../i18n/language';
import { messages } from '../../i18n/messages';

/** Colour-blind-safe line colours (Okabe–Ito), paired with distinct point shapes through dashes. */
const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73'] as const;
const SERIES_DASHES = [undefined, '5 3', '2 2'] as const;
const BOX = { width: 300, height: 150, margin: { top: 10, right: 10, bottom: 22, left: 44 } };

interface TrendChartProps {
  title: string;
  labels: readonly string[];
  series: readonly TrendSeries[];
  style: FigureStyle;
  language: Language;
  testId: string;
}

export function TrendChart({ title, labels, series, style, language, testId }: TrendChartProps) {
  const ids = { title: useId(), desc: useId() };
  const t = messages[language].dashboard;
  const chart = trendChartGeometry(labels, series, BOX);
  const describe = (line: TrendSeries) =>
    `${line.label}: ` +
    `${line.values.map((value, index) => `${labels[index]} ${formatFigure(value, style, language)}`).join(', ')}`;

  return (
    <figure className="trend-chart" data-testid={testId}>
      <svg
        className="trend-chart__svg"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-labelledby={ids.title}
        aria-describedby={ids.desc}
      >
        <title id={ids.title}>{title}</title>
        <desc id={ids.desc}>{series.map(describe).join('. ')}</desc>
        {chart.yTicks.map((tick) => (
          <g key={tick.value} className="trend-chart__grid">
            <line x1={BOX.margin.left} x2={BOX.width - BOX.margin.right} y1={tick.y} y2={tick.y} />
            <text x={BOX.margin.left - 4} y={tick.y} dy="0.32em" textAnchor="end">
              {formatFigure(tick.value, style === 'count' ? 'count' : 'ratio', language)}
            </text>
          </g>
        ))}
        {chart.xTicks.map((tick) => (
          <text key={tick.label} className="trend-chart__x" x={tick.x} y={BOX.height - 6} textAnchor="middle">
            {tick.label}
          </text>
        ))}
        {chart.lines.map((line, index) => (
          <g key={line.key} className="trend-chart__series" data-series={line.key}>
            <path
              d={line.path}
              fill="none"
              stroke={SERIES_COLOURS[index % 3]}
              strokeWidth={2}
              strokeDasharray={SERIES_DASHES[index % 3]}
            />
            {line.points.map((point) => (
              <circle
                key={point.index}
                className="trend-chart__point"
                cx={point.x}
                cy={point.y}
                r={2.5}
                fill={SERIES_COLOURS[index % 3]}
                data-value={point.value}
              >
                <title>{`${labels[point.index]} · ${line.label}: ${formatFigure(point.value, style, language)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="trend-chart__caption">
        <span className="trend-chart__title">{title}</span>
        {series.length > 1 && (
          <ul className="trend-chart__legend">
            {series.map((line, index) => (
              <li key={line.key}>
                <svg width="18" height="8" aria-hidden="true" focusable="false">
                  <line
                    x1="0"
                    x2="18"
                    y1="4"
                    y2="4"
                    stroke={SERIES_COLOURS[index % 3]}
                    strokeWidth="2"
                    strokeDasharray={SERIES_DASHES[index % 3]}
                  />
                </svg>
                {line.label}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
      <details className="trend-chart__table">
        <summary>{t.tableView}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.year}</th>
              {series.map((line) => (
                <th key={line.key} scope="col">
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, index) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((line) => (
                  <td key={line.key}>{formatFigure(line.values[index] ?? null, style, language)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
