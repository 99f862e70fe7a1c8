import { describe, expect, it } from 'vitest';
import { sdlSchema } from '../contract/printed-schema.ts';
import { resolvers } from '../resolvers/index.ts';
import { GUARDED } from './define-mutation.ts';

describe('defineMutation', () => {
  it('wraps every mutation of the schema, so none can skip authorization or the audit log', () => {
    const fields = Object.keys(sdlSchema().getMutationType()?.getFields() ?? {});
    expect(fields.length).toBeGreaterThanOrEqual(6);
    const merged = Object.assign(
      {},
      ...resolvers.map((map) => (map as { Mutation?: object }).Mutation ?? {}),
    ) as Record<string, { [GUARDED]?: string } | undefined>;
    expect(fields.filter((name) => merged[name]?.[GUARDED] !== name)).toEqual([]);
  });
});
