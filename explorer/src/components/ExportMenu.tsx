// Export of the view: a PNG of the canvas and CSV of what is drawn (made in the page), and links to the API's
// whole-network GEXF and GraphML exports scoped like the view.
import { exportUrl } from '../graph/export-links';
import type { Language } from '../i18n/language';
import { messages } from '../i18n/messages';
import { useAppState } from '../state/store-context';

export interface ExportHandlers {
  png(): void;
  nodesCsv(): void;
  edgesCsv(): void;
}

export function ExportMenu({ language, disabled, handlers }: { language: Language; disabled: boolean; handlers: ExportHandlers }) {
  const filters = useAppState((state) => state.filters);
  const asOf = useAppState((state) => state.timeline.asOf);
  const t = messages[language];
  // A filter with nothing ticked scopes nothing: the API would refuse the empty list.
  const scoped = [filters.orgKinds, filters.hubs, filters.linkKinds].every((list) => list === null || list.length > 0);
  const link = (format: 'gexf' | 'graphml', label: string) =>
    scoped ? (
      <a className="button button--small" href={exportUrl(format, filters, asOf)} download>
        {label}
      </a>
    ) : (
      <a className="button button--small" aria-disabled="true">
        {label}
      </a>
    );
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary className="button button--small">{t.exportLabel}</summary>
      <div className="export-menu__items">
        <button type="button" className="button button--small" disabled={disabled} onClick={handlers.png}>
          {t.exportPng}
        </button>
        <button type="button" className="button button--small" disabled={disabled} onClick={handlers.nodesCsv}>
          {t.exportNodesCsv}
        </button>
        <button type="button" className="button button--small" disabled={disabled} onClick={handlers.edgesCsv}>
          {t.exportEdgesCsv}
        </button>
        {link('gexf', t.exportGexf)}
        {link('graphml', t.exportGraphml)}
      </div>
    </details>
  );
}
