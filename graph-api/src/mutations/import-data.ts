// Mutation.importData: the data CLI's import for staff in the explorer, as an upload (graphql-yoga reads
// multipart requests into File objects, once app/use-upload-gate.ts has let the request in). Always one transaction:
// all or nothing, under IMPORT_TIMEOUT_MS rather than the API's query timeout. The files are read in a worker thread
// (upload-reader-worker.ts). Staff only: the role check belongs to authorizeMutation (mutations/authorize-mutation.ts),
// which every mutation passes. The loader raises the data version itself, once and only when the import changed
// something (seed/src/load/load-dataset.ts).
import { createHash } from 'node:crypto';
import {
  formatProblem,
  importFiles,
  SINGLE_TRANSACTION_MAX_ROWS,
  type ImportInput,
  type ImportReport,
} from '@siheung/seed/import';
import { withCallScope } from '@siheung/core/db';
import { AppError, badUserInput } from '../errors/app-errors.ts';
import { singleThreadPool } from '../services/single-thread-pool.ts';
import type { UploadReadReply, UploadReadRequest } from './upload-reader-worker.ts';
import { defineMutation } from './define-mutation.ts';
import { boundedString } from '../validation/arguments.ts';

export const MAX_UPLOAD_FILES = 20;

const uploadReader = singleThreadPool<UploadReadRequest, UploadReadReply>(
  new URL('./upload-reader-worker.ts', import.meta.url),
);

interface ImportDataArgs {
  files: readonly File[];
  dryRun: boolean;
  source?: string | null;
  confirm?: string | null;
}

/** The uploaded files' names and bytes, hashed: what a confirmation must match. */
function fingerprintOf(inputs: readonly ImportInput[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(`${input.name}\u0000${input.bytes.length}\u0000`).update(input.bytes);
  return hash.digest('hex');
}

async function readUploads(files: readonly File[]): Promise<ImportInput[]> {
  if (files.length === 0 || files.length > MAX_UPLOAD_FILES)
    throw badUserInput('files', `must hold 1 to ${MAX_UPLOAD_FILES} files, got ${files.length}`);
  // Only the base name: it labels problems and is recorded as importedFrom, never used as a path.
  const inputs = await Promise.all(
    files.map(async (file) => ({
      name: (file.name ?? '').split(/[\\/]/).pop() ?? '',
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
  const names = inputs.map((input) => input.name);
  const unnamed = names.findIndex((name) => name.trim() === '');
  if (unnamed !== -1) throw badUserInput('files', `file ${unnamed + 1} has no name`);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw badUserInput('files', `"${repeated}" is uploaded twice`);
  return inputs;
}

function payload(report: ImportReport, fingerprint: string) {
  const valid = report.problems.length === 0;
  return {
    dryRun: report.dryRun,
    valid,
    written: valid && !report.dryRun && report.summary !== null,
    fingerprint,
    files: report.files.map((file) => ({
      name: file.file,
      type: file.type,
      rows: file.rows,
      encoding: file.encoding,
      headers: file.headers,
    })),
    problems: report.problems.map((problem) => ({ ...problem, message: formatProblem(problem) })),
    counts: Object.entries(report.summary ?? {}).map(([type, counts]) => ({ type, ...counts })),
  };
}

export const importData = defineMutation<ImportDataArgs, ReturnType<typeof payload>>(
  'importData',
  async (args, { db, config }) => {
    const source = boundedString('source', args.source, 200);
    const inputs = await readUploads(args.files);
    const read = await uploadReader().run({ inputs });
    if ('oversized' in read) {
      const { name, maxBytes } = read.oversized;
      throw badUserInput('files', `"${name}" unpacks to more than ${maxBytes} bytes; is it a workbook?`);
    }
    const fingerprint = fingerprintOf(inputs);
    if (!args.dryRun && args.confirm != null && args.confirm !== fingerprint) {
      throw new AppError(
        'CONFLICT',
        'confirm: the files differ from the ones the dry run checked; run the dry run again',
        { argument: 'confirm' },
      );
    }
    const report = await withCallScope({ timeoutMs: config.import.timeoutMs }, () =>
      importFiles(db, inputs, {
        dryRun: args.dryRun,
        source,
        transaction: 'single',
        maxRows: SINGLE_TRANSACTION_MAX_ROWS,
        read: read.read,
      }),
    );
    return payload(report, fingerprint);
  },
  { dataVersion: 'by-work' },
);
