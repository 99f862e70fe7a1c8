// An import's report as tables: the files read, what happens per type (created / updated / unchanged) and every
// problem located to its cell (file:row:column, the value written and what was expected).
import type { ImportReport } from '../api/import-queries';
import type { Language } from '../i18n/language';
import { formatMessage } from '../i18n/messages';
import { importMessages } from '../i18n/import-messages';

export function ImportReportView({ report, language }: { report: ImportReport; language: Language }) {
  const t = importMessages[language];
  const title = report.written ? t.writtenTitle : report.dryRun ? t.dryRunTitle : t.nothingWritten;
  return (
    <section className="import-report" data-testid="import-report" data-valid={report.valid} data-written={report.written}>
      <h3>{title}</h3>
      <p role="status" className={report.valid ? 'import-report__ok' : 'import-report__bad'}>
        {report.valid ? (report.written ? t.refreshed : t.valid) : formatMessage(t.invalid, { count: report.problems.length }, language)}
      </p>
      {report.problems.length > 0 && <ProblemTable report={report} language={language} />}
      {report.counts.length > 0 && (
        <table className="import-table" data-testid="import-counts">
          <caption>{t.countsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.fileType}</th>
              <th scope="col">{t.rows}</th>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.updated}</th>
              <th scope="col">{t.unchanged}</th>
            </tr>
          </thead>
          <tbody>
            {report.counts.map((count) => (
              <tr key={count.type} data-type={count.type}>
                <th scope="row">{count.type}</th>
                <td data-field="rows">{count.rows}</td>
                <td data-field="created">{count.created}</td>
                <td data-field="updated">{count.updated}</td>
                <td data-field="unchanged">{count.unchanged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.files.length > 0 && (
        <table className="import-table">
          <caption>{t.filesTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.fileName}</th>
              <th scope="col">{t.fileType}</th>
              <th scope="col">{t.rows}</th>
              <th scope="col">{t.encoding}</th>
              <th scope="col">{t.headers}</th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((file) => (
              <tr key={file.name}>
                <th scope="row">{file.name}</th>
                <td>{file.type}</td>
                <td>{file.rows}</td>
                <td>{file.encoding}</td>
                <td>{file.headers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ProblemTable({ report, language }: { report: ImportReport; language: Language }) {
  const t = importMessages[language];
  return (
    <table className="import-table import-table--problems" data-testid="import-problems">
      <caption>{t.problemsTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.location}</th>
          <th scope="col">{t.value}</th>
          <th scope="col">{t.expected}</th>
        </tr>
      </thead>
      <tbody>
        {report.problems.map((problem) => (
          <tr key={problem.message} className="import-problem" data-file={problem.file} data-row={problem.row} data-column={problem.column}>
            {/* file:row:column as the CLI prints it, so staff can find the cell in either tool. */}
            <th scope="row" className="import-problem__location">
              {problem.row === 0 ? `${problem.file} (${t.wholeFile})` : `${problem.file}:${problem.row}${problem.column === '' ? '' : `:${problem.column}`}`}
            </th>
            <td className="import-problem__value">{problem.value === '' ? t.emptyValue : problem.value}</td>
            <td>{problem.expected}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
