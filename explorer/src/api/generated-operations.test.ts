// The committed operation types must be what graphql-codegen makes now from the API's schema and the documents:
// a changed query or an API change that breaks one fails here (run `pnpm --filter @siheung/explorer codegen`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateClientTypes } from '../../codegen/codegen-config';

describe('generated operation types', () => {
  it('match the schema and the documents in queries.ts', async () => {
    for (const [file, fresh] of await generateClientTypes()) {
      const checkedIn = readFileSync(file, 'utf8');
      expect(checkedIn === fresh, `${file} is out of date: run \`pnpm --filter @siheung/explorer codegen\``).toBe(true);
    }
  }, 30_000);
});
