// The committed operation types must be what graphql-codegen makes now from the API's schema and the documents:
// a changed query or an API change that breaks one fails here (run `pnpm --filter @siheung/explorer codegen`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_OPERATIONS_FILE, generateOperationTypes } from '../../codegen/codegen-config';

describe('generated operation types', () => {
  it('match the schema and the documents in queries.ts', async () => {
    const checkedIn = readFileSync(GENERATED_OPERATIONS_FILE, 'utf8');
    const fresh = await generateOperationTypes();
    expect(checkedIn === fresh, 'src/api/generated/operations.ts is out of date: run `pnpm --filter @siheung/explorer codegen`').toBe(true);
  }, 30_000);
});
