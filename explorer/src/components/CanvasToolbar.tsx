// The canvas's tools: layout, what node size stands for, arrange again, and the exports.
import { useId } from 'react';
import { isMetricAvailable } from '../graph/centrality';
import { messages } from '../i18n/messages';
import { LAYOUTS, SIZE_METRICS, type LayoutName, type SizeMetric } from '../state/app-state';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { ExportMenu, type ExportHandlers } from './ExportMenu';

export function CanvasToolbar({ nodeCount, exports }: { nodeCount: number; exports: ExportHandlers }) {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const layout = useAppState((state) => state.canvas.layout);
  const sizeBy = useAppState((state) => state.canvas.sizeBy);
  const ids = { layout: useId(), size: useId() };
  const t = messages[language];
  const empty = nodeCount === 0;

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t.toolbarLabel} data-testid="canvas-toolbar">
      <label htmlFor={ids.layout}>{t.layoutLabel}</label>
      <select
        id={ids.layout}
        value={layout}
        onChange={(event) => dispatch(actions.setLayout(event.target.value as LayoutName))}
      >
        {LAYOUTS.map((option) => (
          <option key={option} value={option}>
            {t.layout[option]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        disabled={empty}
        onClick={() => dispatch(actions.rerunLayout())}
      >
        {t.rerunLayout}
      </button>
      <label htmlFor={ids.size}>{t.sizeByLabel}</label>
      <select
        id={ids.size}
        value={sizeBy}
        onChange={(event) => dispatch(actions.setSizeBy(event.target.value as SizeMetric))}
      >
        {SIZE_METRICS.map((option) => {
          const available = isMetricAvailable(option, nodeCount);
          return (
            <option key={option} value={option} disabled={!available} title={available ? undefined : t.sizeUnavailable}>
              {t.sizeBy[option]}
            </option>
          );
        })}
      </select>
      <ExportMenu language={language} disabled={empty} handlers={exports} />
    </div>
  );
}
