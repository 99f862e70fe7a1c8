import { describe, expect, it } from 'vitest';
import { sdlSchema } from '../contract/printed-schema.ts';
import { mutationResolvers } from '../resolvers/mutation-resolvers.ts';
import { GUARDED } from './define-mutation.ts';

describe('defineMutation', () => {
  it('wraps every mutation of the schema, so none can skip authorization', () => {
    const fields = Object.keys(sdlSchema().getMutationType()?.getFields() ?? {});
    expect(fields.length).toBeGreaterThanOrEqual(6);
    const resolvers = mutationResolvers.Mutation as Record<string, { [GUARDED]?: string } | undefined>;
    expect(fields.filter((name) => resolvers[name]?.[GUARDED] !== name)).toEqual([]);
  });
});
