// The staff upload's steps as a pure reducer: choose files → dry run → (only after a clean dry run of exactly
// these files) confirm → summary. Any change of the files starts again from the dry run.
import type { ImportReport } from '../api/import-queries';
import type { LoadError } from './resources';

export type ImportPhase = 'choosing' | 'checking' | 'checked' | 'writing' | 'written';

export interface ImportFlow {
  phase: ImportPhase;
  files: readonly File[];
  /** Bumped whenever the chosen files change: an answer for older files is dropped. */
  version: number;
  /** The dry run's report for `files` (kept after the write, beside the summary). */
  dryRun: ImportReport | null;
  /** The confirmed import's report. */
  written: ImportReport | null;
  error: LoadError | null;
}

export type ImportFlowAction =
  | { type: 'import/filesChosen'; files: readonly File[] }
  | { type: 'import/checkStarted' }
  | { type: 'import/checked'; version: number; report: ImportReport }
  | { type: 'import/writeStarted' }
  | { type: 'import/written'; version: number; report: ImportReport }
  | { type: 'import/failed'; version: number; error: LoadError }
  | { type: 'import/reset' };

export const importFlowActions = {
  filesChosen: (files: readonly File[]): ImportFlowAction => ({ type: 'import/filesChosen', files }),
  checkStarted: (): ImportFlowAction => ({ type: 'import/checkStarted' }),
  checked: (version: number, report: ImportReport): ImportFlowAction => ({ type: 'import/checked', version, report }),
  writeStarted: (): ImportFlowAction => ({ type: 'import/writeStarted' }),
  written: (version: number, report: ImportReport): ImportFlowAction => ({ type: 'import/written', version, report }),
  failed: (version: number, error: LoadError): ImportFlowAction => ({ type: 'import/failed', version, error }),
  reset: (): ImportFlowAction => ({ type: 'import/reset' }),
};

export function createImportFlow(): ImportFlow {
  return { phase: 'choosing', files: [], version: 0, dryRun: null, written: null, error: null };
}

/** The spreadsheet types the importer reads; a folder's other files (notes, images) are left out. */
export const IMPORTABLE = /\.(csv|tsv|xlsx)$/i;

export function importableFiles(files: Iterable<File>): File[] {
  return [...files].filter((file) => IMPORTABLE.test(file.name)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Confirm is offered only after a dry run of exactly these files found nothing wrong. */
export function canConfirm(flow: ImportFlow): boolean {
  return flow.phase === 'checked' && flow.dryRun !== null && flow.dryRun.valid && flow.files.length > 0;
}

export function canCheck(flow: ImportFlow): boolean {
  return flow.files.length > 0 && flow.phase !== 'checking' && flow.phase !== 'writing';
}

export function reduceImportFlow(flow: ImportFlow, action: ImportFlowAction): ImportFlow {
  switch (action.type) {
    case 'import/filesChosen':
      return { ...createImportFlow(), files: action.files, version: flow.version + 1 };
    case 'import/checkStarted':
      return canCheck(flow) ? { ...flow, phase: 'checking', dryRun: null, written: null, error: null } : flow;
    case 'import/checked':
      if (action.version !== flow.version || flow.phase !== 'checking') return flow;
      return { ...flow, phase: 'checked', dryRun: action.report };
    case 'import/writeStarted':
      return canConfirm(flow) ? { ...flow, phase: 'writing', error: null } : flow;
    case 'import/written':
      if (action.version !== flow.version || flow.phase !== 'writing') return flow;
      // A write refused for problems found since the dry run (the database changed) shows them like a dry run's.
      return action.report.written
        ? { ...flow, phase: 'written', written: action.report }
        : { ...flow, phase: 'checked', dryRun: action.report };
    case 'import/failed':
      if (action.version !== flow.version) return flow;
      // A failed dry run leaves nothing checked; a failed write leaves the clean dry run to confirm again.
      return { ...flow, phase: flow.phase === 'writing' ? 'checked' : 'choosing', error: action.error };
    case 'import/reset':
      return { ...createImportFlow(), version: flow.version + 1 };
    default:
      return flow;
  }
}
