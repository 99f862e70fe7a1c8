// docs/authorization.md holds the matrix the policy map gives (regenerate it after changing the policy or the schema).
import { describe, expect, it } from 'vitest';
import { readAuthorizationDoc, renderAuthorizationMatrix, withMatrix } from './authorization-matrix.ts';

describe('the checked-in authorization matrix', () => {
  it('matches the policy map and the schema', () => {
    const document = readAuthorizationDoc();
    expect(
      document === withMatrix(document, renderAuthorizationMatrix()),
      'docs/authorization.md is out of date: run `pnpm --filter @siheung/graph-api authz:print`',
    ).toBe(true);
  });

  it('lists every Query and Mutation field of the schema', () => {
    const matrix = renderAuthorizationMatrix();
    for (const field of [
      'Query.organization',
      'Query.auditLog',
      'Mutation.setNeeds',
      'Mutation.revokeApiKey',
      'Organization.needs',
    ])
      expect(matrix).toContain(`\`${field}\``);
  });
});
