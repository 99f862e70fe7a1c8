// An import's report as tables: the files read, what happens per type (created / updated / unchanged) and every
// problem located to its cell (file:row:column, the value written and what was expected).
import type { ImportReport } from '../api/import-queries';
import type { Language } from '../i18n/language';
import { formatMessage } from '../i18n/messages';
import { importMessages } from '../i18n/import-messages';
import { DataTable } from './DataTable';

export function ImportReportView({ report, language }: { report: ImportReport; language: Language }) {
  const t = importMessages[language];
  const title = report.written ? t.writtenTitle : report.dryRun ? t.dryRunTitle : t.nothingWritten;
  return (
    <section
      className="import-report"
      data-testid="import-report"
      data-valid={report.valid}
      data-written={report.written}
    >
      <h3>{title}</h3>
      <p role="status" className={report.valid ? 'import-report__ok' : 'import-report__bad'}>
        {report.valid
          ? report.written
            ? t.refreshed
            : t.valid
          : formatMessage(t.invalid, { count: report.problems.length }, language)}
      </p>
      {report.problems.length > 0 && <ProblemTable report={report} language={language} />}
      {report.counts.length > 0 && (
        <DataTable
          className="import-table"
          testId="import-counts"
          caption={t.countsTitle}
          rows={report.counts}
          rowKey={(count) => count.type}
          rowAttributes={(count) => ({ 'data-type': count.type })}
          columns={[
            { heading: t.fileType, cell: (count) => count.type },
            { heading: t.rows, field: 'rows', cell: (count) => count.rows },
            { heading: t.created, field: 'created', cell: (count) => count.created },
            { heading: t.updated, field: 'updated', cell: (count) => count.updated },
            { heading: t.unchanged, field: 'unchanged', cell: (count) => count.unchanged },
          ]}
        />
      )}
      {report.files.length > 0 && (
        <DataTable
          className="import-table"
          caption={t.filesTitle}
          rows={report.files}
          rowKey={(file) => file.name}
          columns={[
            { heading: t.fileName, cell: (file) => file.name },
            { heading: t.fileType, cell: (file) => file.type },
            { heading: t.rows, cell: (file) => file.rows },
            { heading: t.encoding, cell: (file) => file.encoding },
            { heading: t.headers, cell: (file) => file.headers },
          ]}
        />
      )}
    </section>
  );
}

function ProblemTable({ report, language }: { report: ImportReport; language: Language }) {
  const t = importMessages[language];
  return (
    <DataTable
      className="import-table import-table--problems"
      testId="import-problems"
      caption={t.problemsTitle}
      rows={report.problems}
      rowKey={(problem) => problem.message}
      rowAttributes={(problem) => ({
        className: 'import-problem',
        'data-file': problem.file,
        'data-row': problem.row,
        'data-column': problem.column,
      })}
      columns={[
        {
          heading: t.location,
          className: 'import-problem__location',
          // file:row:column as the CLI prints it, so staff can find the cell in either tool.
          cell: (problem) =>
            problem.row === 0
              ? `${problem.file} (${t.wholeFile})`
              : `${problem.file}:${problem.row}${problem.column === '' ? '' : `:${problem.column}`}`,
        },
        {
          heading: t.value,
          className: 'import-problem__value',
          cell: (problem) => (problem.value === '' ? t.emptyValue : problem.value),
        },
        { heading: t.expected, cell: (problem) => problem.expected },
      ]}
    />
  );
}
