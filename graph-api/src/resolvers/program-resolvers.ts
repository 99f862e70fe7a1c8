// Query.programs, Query.program and the Program type (areas and their sub-projects).
import type { ProgramResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import { boundedFirst } from '../limits/list-bounds.ts';
import { defineEntityQueries } from './define-entity-queries.ts';

const programs = defineEntityQueries({
  entity: 'program',
  listQuery: 'programs-list',
  column: 'program',
  loader: (loaders) => loaders.program,
  listParams: (args: { first?: number | null }) => ({ first: boundedFirst('Query.programs', args.first) }),
});
export const programQueries: QueryResolvers = { programs: programs.list, program: programs.byId };

export const programFields: ProgramResolvers = {
  synthetic: (program) => program.synthetic ?? false,
  source: (program) => program.source ?? '',
  parent: (program, _, { loaders }) => (program.parentId ? loaders.program.load(program.parentId) : null),
  children: (program, args, { loaders }) =>
    loaders.childrenOf({ first: boundedFirst('Program.children', args.first) }).load(program.id),
  events: (program, args, { loaders }) =>
    loaders.eventsOf({ first: boundedFirst('Program.events', args.first) }).load(program.id),
};
