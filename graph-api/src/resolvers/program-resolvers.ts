// Query.programs, Query.program and the Program type (areas and their sub-projects).
import type { ProgramResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import { defineEntityQueries } from './define-entity-queries.ts';

const programs = defineEntityQueries({
  entity: 'program',
  listQuery: 'programs-list',
  column: 'program',
  loader: (loaders) => loaders.program,
});
export const programQueries: QueryResolvers = { programs: programs.list, program: programs.byId };

export const programFields: ProgramResolvers = {
  synthetic: (program) => program.synthetic ?? false,
  source: (program) => program.source ?? '',
  parent: (program, _, { loaders }) => (program.parentId ? loaders.program.load(program.parentId) : null),
  children: (program, _, { loaders }) => loaders.childrenOf.load(program.id),
  events: (program, _, { loaders }) => loaders.eventsOf.load(program.id),
};
