// `pnpm data import <files or folders> [--dry-run] …`: validates every file against the others and the
// database, then writes (see seed/src/import). Any problem: all are listed and nothing is written.
import { cliActor, importAuditTarget, withAudit } from '@siheung/core/audit';
import { applyMigrations } from '@siheung/core/db';
import { DatasetInvalidError, TEXT_ENCODINGS } from '../dataset/index.ts';
import { collectInputs, importFiles } from '../import/index.ts';
import { DEFAULT_BATCH_SIZE, TRANSACTION_MODES } from '../load/index.ts';
import { UsageError, type Command } from './command.ts';
import { createProgressBar, type ProgressBar } from './create-progress-bar.ts';
import { formatFiles, formatImportReport } from './format-import-report.ts';
import { openCliDatabase } from './open-cli-database.ts';
import { choice, parseCommandArgs, positiveInt } from './parse-args.ts';

export const importCommand: Command = {
  name: 'import',
  usage:
    '<files or folders…> [--dry-run] [--source NAME] [--encoding auto|utf8|cp949] [--transaction ' +
    'auto|single|batched] [--batch-size N] [--progress]',
  summary:
    'validate CSV/TSV/XLSX files (English or Korean headers) and upsert them into NEO4J_URI; any problem: ' +
    'nothing is written',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        'dry-run': { type: 'boolean' },
        progress: { type: 'boolean' },
        source: { type: 'string' },
        encoding: { type: 'string' },
        transaction: { type: 'string' },
        'batch-size': { type: 'string' },
      },
      true,
    );
    if (positionals.length === 0) throw new UsageError('name the files or folders to import');
    const encoding = choice('--encoding', values.encoding, TEXT_ENCODINGS, 'auto');
    const transaction = choice('--transaction', values.transaction, ['auto', ...TRANSACTION_MODES], 'auto');
    const batchSize = positiveInt('--batch-size', values['batch-size'], DEFAULT_BATCH_SIZE);
    if (values.source !== undefined && values.source.trim() === '') throw new UsageError('--source must not be empty');

    const collected = await collectInputs(positionals);
    const location = positionals.join(', ');
    if (collected.problems.length > 0) throw new DatasetInvalidError(collected.problems, location);
    const { db, target } = await openCliDatabase(io.env);
    let bar: ProgressBar | null = null;
    try {
      await applyMigrations(db);
      // Recorded in the audit log as one entry per committed transaction, with the counts (not one per row).
      const audited = withAudit(
        db,
        cliActor(),
        'import',
        importAuditTarget(
          values.source?.trim() ?? null,
          collected.inputs.map((input) => input.name),
        ),
      );
      const report = await importFiles(audited, collected.inputs, {
        dryRun: values['dry-run'] ?? false,
        source: values.source?.trim() ?? null,
        encoding,
        transaction,
        batchSize,
        onProgress: (progress) => {
          bar ??= createProgressBar(
            io.progress,
            values['dry-run'] ? 'checking' : 'importing',
            progress.total,
            values.progress ?? false,
          );
          bar?.update(progress);
        },
      });
      (bar as ProgressBar | null)?.stop();
      if (report.problems.length > 0) {
        for (const line of formatFiles(report)) io.out(line);
        throw new DatasetInvalidError(report.problems, location);
      }
      for (const line of formatImportReport(report, target)) io.out(line);
    } finally {
      (bar as ProgressBar | null)?.stop();
      await db.close();
    }
  },
};
