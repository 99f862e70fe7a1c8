// graphql-codegen's configuration for the explorer: result and variable types of the documents in
// src/api/queries.ts, checked against the API's printed schema (graph-api/schema.graphql).
/// <reference types="node" />
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { resolve } from 'node:path';

const EXPLORER_DIR = resolve(import.meta.dirname, '..');
export const SCHEMA_FILE = resolve(EXPLORER_DIR, '../graph-api/schema.graphql');
export const DOCUMENTS_FILE = resolve(EXPLORER_DIR, 'src/api/queries.ts');
export const GENERATED_OPERATIONS_FILE = resolve(EXPLORER_DIR, 'src/api/generated/operations.ts');

const HEADER =
  '// Generated from graph-api/schema.graphql and src/api/queries.ts by `pnpm --filter @siheung/explorer codegen`: do not edit.\n';

export const CODEGEN_CONFIG: CodegenConfig = {
  schema: SCHEMA_FILE,
  documents: DOCUMENTS_FILE,
  silent: true,
  generates: {
    [GENERATED_OPERATIONS_FILE]: {
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { ID: 'string' },
      },
    },
  },
};

/** The operation types as the schema and documents define them now (what the committed file must contain). */
export async function generateOperationTypes(): Promise<string> {
  const outputs = await generate(CODEGEN_CONFIG, false);
  const output = outputs.find((file: { filename: string }) => resolve(file.filename) === GENERATED_OPERATIONS_FILE);
  if (!output) throw new Error('explorer/codegen: graphql-codegen produced no operation types');
  return HEADER + output.content;
}
