// The staff data upload's document: importData (a multipart request; types generated with the others).
import type { ExplorerImportDataMutation, ExplorerImportDataMutationVariables } from './generated/operations';
import { typedDocument } from './graphql-client';

export const IMPORT_DATA_MUTATION = typedDocument<ExplorerImportDataMutation, ExplorerImportDataMutationVariables>(
  'ExplorerImportData',
  /* GraphQL */ `
    mutation ExplorerImportData($files: [File!]!, $dryRun: Boolean!, $source: String, $confirm: String) {
      importData(files: $files, dryRun: $dryRun, source: $source, confirm: $confirm) {
        dryRun
        valid
        written
        fingerprint
        files {
          name
          type
          rows
          encoding
          headers
        }
        problems {
          file
          row
          column
          value
          expected
          message
        }
        counts {
          type
          rows
          created
          updated
          unchanged
        }
      }
    }
  `,
);

export type ImportReport = ExplorerImportDataMutation['importData'];
export type ImportProblem = ImportReport['problems'][number];
export type ImportCount = ImportReport['counts'][number];
