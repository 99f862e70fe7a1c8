// All resolvers, merged by type.
import { graphResolvers } from './graph-resolvers.ts';
import { organizationResolvers } from './organization-resolvers.ts';

export const resolvers = [{ Query: { ok: () => true } }, organizationResolvers, graphResolvers];
