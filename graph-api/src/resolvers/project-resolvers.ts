// Query.projects, Query.project, the Project type and the ProjectMembership link.
import type {
  ProjectMembershipResolvers,
  ProjectResolvers,
  QueryProjectsArgs,
  QueryResolvers,
} from '../generated/resolvers-types.ts';
import { intInRange } from '../validation/arguments.ts';
import { boundedFirst } from '../limits/list-bounds.ts';
import { defineEntityQueries } from './define-entity-queries.ts';

const projects = defineEntityQueries({
  entity: 'project',
  listQuery: 'projects-list',
  column: 'project',
  loader: (loaders) => loaders.project,
  listParams: (args: QueryProjectsArgs) => ({
    year: args.year == null ? null : intInRange('year', args.year, 1800, 2100, 0),
    first: boundedFirst('Query.projects', args.first),
  }),
});
export const projectQueries: QueryResolvers = { projects: projects.list, project: projects.byId };

export const projectFields: ProjectResolvers = {
  synthetic: (project) => project.synthetic ?? false,
  source: (project) => project.source ?? '',
  members: (project, args, { loaders }) =>
    loaders.membersOf({ first: boundedFirst('Project.members', args.first) }).load(project.id),
};

export const membershipFields: ProjectMembershipResolvers = {
  source: (membership) => membership.source ?? '',
  project: async (membership, _, { loaders }) => (await loaders.project.load(membership.projectId))!,
  organization: async (membership, _, { loaders }) => (await loaders.organization.load(membership.orgId))!,
};
