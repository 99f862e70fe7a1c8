// Export of the view: a PNG of the canvas and CSV of what is drawn (made in the page, for everyone), and the API's
// whole-network GEXF, GraphML and CSV exports scoped like the view, fetched with the API key (researchers and up).
import { useState } from 'react';
import { exportFileName, exportUrl, type ExportFile } from '../graph/export-links';
import type { Language } from '../i18n/language';
import { messages } from '../i18n/messages';
import { useAppState } from '../state/store-context';
import { mayExport, viewerRole } from '../state/viewer';
import { downloadWithKey } from './download';

export interface ExportHandlers {
  png(): void;
  nodesCsv(): void;
  edgesCsv(): void;
}

type ExportLabel = 'exportGexf' | 'exportGraphml' | 'exportNetworkNodesCsv' | 'exportNetworkEdgesCsv';

const API_EXPORTS: readonly { file: ExportFile; label: ExportLabel }[] = [
  { file: 'graph.gexf', label: 'exportGexf' },
  { file: 'graph.graphml', label: 'exportGraphml' },
  { file: 'nodes.csv', label: 'exportNetworkNodesCsv' },
  { file: 'edges.csv', label: 'exportNetworkEdgesCsv' },
];

export function ExportMenu({
  language,
  disabled,
  handlers,
}: {
  language: Language;
  disabled: boolean;
  handlers: ExportHandlers;
}) {
  const t = messages[language];
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
        <ApiExports language={language} />
      </div>
    </details>
  );
}

function ApiExports({ language }: { language: Language }) {
  const filters = useAppState((state) => state.filters);
  const asOf = useAppState((state) => state.timeline.asOf);
  const allowed = useAppState((state) => mayExport(viewerRole(state)));
  const [busy, setBusy] = useState<ExportFile | null>(null);
  const [failed, setFailed] = useState(false);
  const t = messages[language];
  // A filter with nothing ticked scopes nothing: the API would refuse the empty list.
  const scoped = [filters.orgKinds, filters.hubs, filters.linkKinds].every((list) => list === null || list.length > 0);

  const save = async (file: ExportFile) => {
    setBusy(file);
    setFailed(false);
    try {
      await downloadWithKey(exportUrl(file, filters, asOf), exportFileName(file, asOf));
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {API_EXPORTS.map(({ file, label }) => (
        <button
          key={file}
          type="button"
          className="button button--small"
          data-export={file}
          disabled={!allowed || !scoped || busy !== null}
          aria-busy={busy === file}
          onClick={() => void save(file)}
        >
          {t[label]}
          {!allowed && <span className="badge">{t.exportNeedsResearcher}</span>}
        </button>
      ))}
      {failed && <p role="alert">{t.exportFailed}</p>}
    </>
  );
}
