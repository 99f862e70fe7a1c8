// Sends the chosen files to importData: a dry run, or the write confirmed by the dry run's fingerprint.
import { uploadGraphQL } from './graphql-client';
import { IMPORT_DATA_MUTATION, type ImportReport } from './import-queries';

export interface ImportRequest {
  dryRun: boolean;
  /** The clean dry run's fingerprint: the server refuses (CONFLICT) files that differ from the ones it checked. */
  confirm?: string | null;
  source?: string | null;
}

export async function importData(
  files: readonly File[],
  request: ImportRequest,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const source = request.source?.trim() ? request.source.trim() : null;
  const variables = {
    files: files.map(() => null as unknown as File),
    dryRun: request.dryRun,
    confirm: request.confirm ?? null,
    source,
  };
  const uploads = files.map((file, index) => ({ path: `files.${index}`, file, name: file.name }));
  return (await uploadGraphQL(IMPORT_DATA_MUTATION, variables, uploads, { signal })).importData;
}
