// `pnpm --filter @siheung/explorer codegen`: writes src/api/generated/operations.ts from the schema and the documents.
/// <reference types="node" />
import { writeFileSync } from 'node:fs';
import { GENERATED_OPERATIONS_FILE, generateOperationTypes } from './codegen-config.ts';

writeFileSync(GENERATED_OPERATIONS_FILE, await generateOperationTypes());
console.log('explorer: wrote src/api/generated/operations.ts');
