// "Import data" for secretariat staff: a header button (marked staff only) opening a dialog where the chosen
// CSV/XLSX files (or a folder's) are dry-run first, then confirmed; after a write the page's data reloads.
import { useId, useReducer, useRef, useState } from 'react';
import { importData } from '../api/import-data';
import type { Language } from '../i18n/language';
import { importMessages, type ImportMessages } from '../i18n/import-messages';
import { formatMessage } from '../i18n/messages';
import {
  canCheck,
  canConfirm,
  createImportFlow,
  importableFiles,
  importFlowActions as flowActions,
  reduceImportFlow,
} from '../state/import-flow';
import { toLoadError } from '../state/load-error';
import type { LoadError } from '../state/resources';
import { actions } from '../state/store';
import { useDispatch } from '../state/store-context';
import { useApiKeyPresent } from './ApiKeySetting';
import { ImportReportView } from './ImportReportView';

export function ImportDialog({ language }: { language: Language }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const t = importMessages[language];
  return (
    <>
      <button type="button" className="button button--small import-open" onClick={() => dialog.current?.showModal()}>
        {t.open} <span className="badge">{t.staffOnly}</span>
      </button>
      <dialog ref={dialog} className="import-dialog" aria-label={t.title} data-testid="import-dialog">
        <ImportForm language={language} onClose={() => dialog.current?.close()} />
      </dialog>
    </>
  );
}

function ImportForm({ language, onClose }: { language: Language; onClose: () => void }) {
  const dispatch = useDispatch();
  const [flow, send] = useReducer(reduceImportFlow, undefined, createImportFlow);
  const [source, setSource] = useState('');
  const hasKey = useApiKeyPresent();
  const ids = { files: useId(), folder: useId(), source: useId(), title: useId() };
  const t = importMessages[language];

  const run = async (dryRun: boolean) => {
    const { version, files } = flow;
    send(dryRun ? flowActions.checkStarted() : flowActions.writeStarted());
    try {
      const report = await importData(files, { dryRun, source, confirm: dryRun ? null : flow.dryRun?.fingerprint });
      send(dryRun ? flowActions.checked(version, report) : flowActions.written(version, report));
      // Whatever the canvas, the details and the hub list showed may have changed.
      if (report.written) for (const name of ['view', 'detail', 'hubs'] as const) dispatch(actions.retryResource(name));
    } catch (error) {
      send(flowActions.failed(version, toLoadError(error)));
    }
  };

  const busy = flow.phase === 'checking' || flow.phase === 'writing';
  return (
    <form
      method="dialog"
      className="import-form"
      aria-labelledby={ids.title}
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id={ids.title} className="panel__title">
        {t.title} <span className="badge">{t.staffOnly}</span>
      </h2>
      <p className="detail__quiet">{t.intro}</p>
      <div className="import-form__choose">
        <label htmlFor={ids.files}>{t.chooseFiles}</label>
        <input
          id={ids.files}
          type="file"
          multiple
          accept=".csv,.tsv,.xlsx,text/csv"
          disabled={busy}
          onChange={(event) => send(flowActions.filesChosen(importableFiles(event.target.files ?? [])))}
        />
        <label htmlFor={ids.folder}>{t.chooseFolder}</label>
        <input
          id={ids.folder}
          type="file"
          disabled={busy}
          {...{ webkitdirectory: '' }}
          onChange={(event) => send(flowActions.filesChosen(importableFiles(event.target.files ?? [])))}
        />
      </div>
      <p data-testid="import-chosen">
        {flow.files.length === 0 ? t.noFiles : formatMessage(t.chosenCount, { count: flow.files.length }, language)}
        {flow.files.length > 0 && ` — ${flow.files.map((file) => file.name).join(', ')}`}
      </p>
      <label htmlFor={ids.source}>{t.source}</label>
      <input
        id={ids.source}
        type="text"
        maxLength={200}
        value={source}
        disabled={busy}
        placeholder={t.sourceHint}
        onChange={(event) => setSource(event.target.value)}
      />
      <div className="import-form__actions">
        <button type="button" className="button" disabled={!canCheck(flow)} onClick={() => void run(true)}>
          {flow.phase === 'checking' ? t.checking : t.dryRun}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!canConfirm(flow)}
          title={t.confirmHint}
          onClick={() => void run(false)}
        >
          {flow.phase === 'writing' ? t.writing : t.confirm}
        </button>
        {flow.phase === 'written' && (
          <button type="button" className="button" onClick={() => send(flowActions.reset())}>
            {t.startOver}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t.close}
        </button>
      </div>
      {flow.error !== null && (
        <p role="alert" className="import-form__error" data-code={flow.error.code}>
          {errorText(flow.error, t, hasKey)}
        </p>
      )}
      {flow.written !== null ? (
        <ImportReportView report={flow.written} language={language} />
      ) : (
        flow.dryRun !== null && <ImportReportView report={flow.dryRun} language={language} />
      )}
    </form>
  );
}

function errorText(error: LoadError, t: ImportMessages, hasKey: boolean): string {
  switch (error.code) {
    case 'FORBIDDEN':
      // Without a key the caller is the public: the fix is a key, not another role.
      return hasKey ? t.forbidden : t.needsKey;
    case 'UNAUTHENTICATED':
      return t.keyRefused;
    case 'CONFLICT':
      return t.conflict;
    default:
      return `${t.failed} (${error.code}) ${error.message.replace(/^explorer\/api: /, '')}`;
  }
}
