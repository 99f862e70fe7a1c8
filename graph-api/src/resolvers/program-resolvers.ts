// Query.programs, Query.program and the Program type (areas and their sub-projects).
import { notFound } from '../errors/app-errors.ts';
import type { ProgramResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import type { ProgramRow } from '../model/rows.ts';
import { requiredId } from './arguments.ts';

export const programQueries: QueryResolvers = {
  async programs(_, __, { db, loaders }) {
    const programs = (await db.read('programs-list')).map((row) => row.program as ProgramRow);
    for (const program of programs) loaders.program.prime(program.id, program);
    return programs;
  },
  async program(_, args, { loaders }) {
    const program = await loaders.program.load(requiredId('id', args.id));
    if (!program) throw notFound('program', args.id, 'id');
    return program;
  },
};

export const programFields: ProgramResolvers = {
  synthetic: (program) => program.synthetic ?? false,
  source: (program) => program.source ?? '',
  parent: (program, _, { loaders }) => (program.parentId ? loaders.program.load(program.parentId) : null),
  children: (program, _, { loaders }) => loaders.childrenOf.load(program.id),
  events: (program, _, { loaders }) => loaders.eventsOf.load(program.id),
};
