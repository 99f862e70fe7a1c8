// Query.projects, Query.project, the Project type and the ProjectMembership link.
import { notFound } from '../errors/app-errors.ts';
import type { ProjectMembershipResolvers, ProjectResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import type { ProjectRow } from '../model/rows.ts';
import { intInRange, requiredId } from './arguments.ts';

export const projectQueries: QueryResolvers = {
  async projects(_, args, { db, loaders }) {
    const year = args.year == null ? null : intInRange('year', args.year, 1800, 2100, 0);
    const projects = (await db.read('projects-list', { year })).map((row) => row.project as ProjectRow);
    for (const project of projects) loaders.project.prime(project.id, project);
    return projects;
  },
  async project(_, args, { loaders }) {
    const project = await loaders.project.load(requiredId('id', args.id));
    if (!project) throw notFound('project', args.id, 'id');
    return project;
  },
};

export const projectFields: ProjectResolvers = {
  synthetic: (project) => project.synthetic ?? false,
  source: (project) => project.source ?? '',
  members: (project, _, { loaders }) => loaders.membersOf.load(project.id),
};

export const membershipFields: ProjectMembershipResolvers = {
  source: (membership) => membership.source ?? '',
  project: async (membership, _, { loaders }) => (await loaders.project.load(membership.projectId))!,
  organization: async (membership, _, { loaders }) => (await loaders.organization.load(membership.orgId))!,
};
