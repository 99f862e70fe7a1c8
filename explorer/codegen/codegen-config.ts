// graphql-codegen's configuration for the explorer: result and variable types of the documents in src/api/*queries.ts
// (queries.ts and one file per panel), checked against the API's printed schema (graph-api/schema.graphql). /
// <reference types="node" />
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { resolve } from 'node:path';

const EXPLORER_DIR = resolve(import.meta.dirname, '..');
export const SCHEMA_FILE = resolve(EXPLORER_DIR, '../graph-api/schema.graphql');
/** queries.ts, and each panel's own documents (import-queries.ts, matches-queries.ts, …): fragments are shared. */
export const DOCUMENTS = resolve(EXPLORER_DIR, 'src/api/*queries.ts');
export const GENERATED_OPERATIONS_FILE = resolve(EXPLORER_DIR, 'src/api/generated/operations.ts');
/** The schema's enums as constant objects (values usable at run time, e.g. the API's ErrorCode list). */
export const GENERATED_ENUMS_FILE = resolve(EXPLORER_DIR, 'src/api/generated/schema-enums.ts');

const HEADER =
  '// Generated from graph-api/schema.graphql and src/api/*queries.ts by `pnpm --filter @siheung/explorer ' +
  'codegen`: do not edit.\n';

export const CODEGEN_CONFIG: CodegenConfig = {
  schema: SCHEMA_FILE,
  documents: DOCUMENTS,
  silent: true,
  generates: {
    [GENERATED_OPERATIONS_FILE]: {
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { ID: 'string', File: 'File' },
      },
    },
    [GENERATED_ENUMS_FILE]: {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
  },
};

/** The generated files as the schema and documents define them now (what the committed files must contain), by path. */
export async function generateClientTypes(): Promise<Map<string, string>> {
  const outputs = await generate(CODEGEN_CONFIG, false);
  const files = new Map<string, string>(
    outputs.map((file: { filename: string; content: string }) => [resolve(file.filename), HEADER + file.content]),
  );
  for (const expected of [GENERATED_OPERATIONS_FILE, GENERATED_ENUMS_FILE]) {
    if (!files.has(expected)) throw new Error(`explorer/codegen: graphql-codegen produced no ${expected}`);
  }
  return files;
}
