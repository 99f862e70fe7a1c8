// The upload's steps: confirm only after a clean dry run of the same files; stale answers and changed files start over.
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../api/import-queries';
import {
  canConfirm,
  createImportFlow,
  importableFiles,
  importFlowActions as a,
  reduceImportFlow,
  type ImportFlow,
  type ImportFlowAction,
} from './import-flow';

const file = (name: string) => new File(['id\n'], name, { type: 'text/csv' });

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    dryRun: true,
    valid: true,
    written: false,
    fingerprint: 'f1',
    files: [],
    problems: [],
    counts: [],
    ...overrides,
  };
}

const run = (actions: ImportFlowAction[], start: ImportFlow = createImportFlow()) =>
  actions.reduce(reduceImportFlow, start);
const chosen = run([a.filesChosen([file('organizations.csv')])]);
const v = chosen.version;

describe('import flow', () => {
  it('offers confirm only after a clean dry run of the chosen files', () => {
    expect(canConfirm(chosen)).toBe(false);
    const checking = run([a.checkStarted()], chosen);
    expect(checking.phase).toBe('checking');
    expect(
      canConfirm(
        run(
          [
            a.checked(
              v,
              report({
                valid: false,
                problems: [
                  { file: 'organizations.csv', row: 2, column: 'kind', value: 'X', expected: 'one of …', message: 'm' },
                ],
              }),
            ),
          ],
          checking,
        ),
      ),
    ).toBe(false);
    const clean = run([a.checked(v, report())], checking);
    expect(canConfirm(clean)).toBe(true);
    expect(run([a.writeStarted()], clean).phase).toBe('writing');
  });

  it('refuses to start the write without a clean dry run', () => {
    expect(run([a.writeStarted()], chosen)).toBe(chosen);
  });

  it('starts over when the files change, and drops an answer about the old files', () => {
    const checking = run([a.checkStarted()], chosen);
    const changed = run([a.filesChosen([file('hubs.csv')])], checking);
    expect(changed.phase).toBe('choosing');
    expect(run([a.checked(v, report())], changed)).toBe(changed);
    const clean = run([a.checkStarted(), a.checked(v, report())], chosen);
    expect(canConfirm(run([a.filesChosen([file('organizations.csv')])], clean))).toBe(false);
  });

  it('shows the summary after a write, and the problems when the write found some', () => {
    const writing = run([a.checkStarted(), a.checked(v, report()), a.writeStarted()], chosen);
    const done = run([a.written(v, report({ dryRun: false, written: true }))], writing);
    expect([done.phase, done.written?.written, done.dryRun?.dryRun]).toEqual(['written', true, true]);
    const refused = run([a.written(v, report({ dryRun: false, valid: false }))], writing);
    expect([refused.phase, canConfirm(refused)]).toEqual(['checked', false]);
  });

  it('keeps the clean dry run after a failed write, so it can be confirmed again', () => {
    const writing = run([a.checkStarted(), a.checked(v, report()), a.writeStarted()], chosen);
    const failed = run([a.failed(v, { code: 'FORBIDDEN', message: 'no', retryable: false })], writing);
    expect([failed.phase, failed.error?.code, canConfirm(failed)]).toEqual(['checked', 'FORBIDDEN', true]);
    const dryFailed = run(
      [a.checkStarted(), a.failed(v, { code: 'UNAUTHENTICATED', message: 'no', retryable: false })],
      chosen,
    );
    expect([dryFailed.phase, canConfirm(dryFailed)]).toEqual(['choosing', false]);
  });

  it("takes a folder's spreadsheets only, in name order", () => {
    expect(
      importableFiles([file('b.CSV'), file('notes.txt'), file('a.xlsx'), file('c.tsv')]).map((f) => f.name),
    ).toEqual(['a.xlsx', 'b.CSV', 'c.tsv']);
  });
});
