// Fields of the matching types that show organisations, capabilities, events, projects and collaboration paths:
// resolved by id through the request's loaders, primed for a whole page by one statement (data/prime-evidence.ts).
import type { AppContext } from '../app/context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import type { IntroductionPath } from '../services/matching/hop-search.ts';
import type { CollaborationRow } from '../data/rows.ts';
import { boundedFirst } from '../limits/list-bounds.ts';

/** Loads each id; one that is gone means the cached graph outlived the data, which the data version prevents. */
async function loadAll<T>(what: string, ids: readonly string[], load: (id: string) => Promise<T | null>): Promise<T[]> {
  const rows = await Promise.all(ids.map(load));
  return rows.map((row, index) => {
    if (row === null)
      throw new Error(`matching-fields: ${what} ${ids[index]} is in the matching graph but not in the database`);
    return row;
  });
}

/** A MatchReason list's ids, cut to the field's `first` before anything is loaded. */
const firstIds = (field: string, ids: readonly string[], args: { first?: number | null }) =>
  ids.slice(0, boundedFirst(`MatchReason.${field}`, args.first));

const organization = async (id: string, { loaders }: AppContext) =>
  (await loadAll('organisation', [id], (key) => loaders.organization.load(key)))[0]!;

/** The CollaborationPath shape: organisations in order, and each hop with the rows of its links. */
async function collaborationPaths(paths: IntroductionPath[], context: AppContext) {
  const { loaders } = context;
  return Promise.all(
    paths.map(async (path) => {
      const organizations = await loadAll('organisation', path.ids, (id) => loaders.organization.load(id));
      const steps = await Promise.all(
        path.hops.map(async (hop, index) => ({
          from: organizations[index]!,
          to: organizations[index + 1]!,
          links: await loadAll<CollaborationRow>('link', hop.linkIds, (id) => loaders.collaboration.load(id)),
        })),
      );
      return { length: path.hops.length, organizations, steps };
    }),
  );
}

export const matchingFieldResolvers: Pick<Resolvers, 'PartnerMatch' | 'MatchReason' | 'Introducer' | 'MatchFeedback'> =
  {
    PartnerMatch: {
      candidate: (match, _args, context) => organization(match.candidateId, context),
      introductionPaths: (match, _args, context) => collaborationPaths(match.introductionPaths, context),
    },
    MatchReason: {
      offered: (reason, args, { loaders }) =>
        loadAll('capability', firstIds('offered', reason.offered, args), (id) => loaders.capability.load(id)),
      wanted: (reason, args, { loaders }) =>
        loadAll('capability', firstIds('wanted', reason.wanted, args), (id) => loaders.capability.load(id)),
      events: (reason, args, { loaders }) =>
        loadAll('event', firstIds('events', reason.events, args), (id) => loaders.event.load(id)),
      projects: (reason, args, { loaders }) =>
        loadAll('project', firstIds('projects', reason.projects, args), (id) => loaders.project.load(id)),
      via: (reason, args, { loaders }) =>
        loadAll('organisation', firstIds('via', reason.via, args), (id) => loaders.organization.load(id)),
    },
    Introducer: {
      organization: (introducer, _args, context) => organization(introducer.organizationId, context),
      paths: (introducer, _args, context) => collaborationPaths(introducer.paths, context),
    },
    MatchFeedback: {
      organization: (feedback, _args, context) => organization(feedback.orgId, context),
      candidate: (feedback, _args, context) => organization(feedback.candidateId, context),
    },
  };
