// What the matching answers refer to by id (their evidence): the organisations, capabilities, events, projects and
// links their nested fields show, collected so one statement can read them all (data/prime-evidence.ts).
import type { EvidenceIds } from '../../data/prime-evidence.ts';
import type { RankedIntroducer } from './find-introducers.ts';
import type { IntroductionPath } from './hop-search.ts';
import type { RankedCandidate } from './rank-partners.ts';

const pathIds = (paths: IntroductionPath[]) => ({
  organizations: paths.flatMap((p) => p.ids),
  links: paths.flatMap((p) => p.hops.flatMap((hop) => hop.linkIds)),
});

/** The organisation asked about, its ranked candidates, and every reason's and introduction path's ids. */
export function partnerMatchEvidence(orgId: string, ranked: readonly RankedCandidate[]): EvidenceIds {
  const paths = pathIds(ranked.flatMap((m) => m.introductionPaths));
  const reasons = ranked.flatMap((m) => m.reasons);
  return {
    organizations: [
      orgId,
      ...ranked.map((m) => m.candidateId),
      ...reasons.flatMap((r) => r.via),
      ...paths.organizations,
    ],
    capabilities: reasons.flatMap((r) => [...r.offered, ...r.wanted]),
    events: reasons.flatMap((r) => r.events),
    projects: reasons.flatMap((r) => r.projects),
    links: paths.links,
  };
}

/** The introducers and the organisations and links of their paths. */
export function introducerEvidence(found: readonly RankedIntroducer[]): EvidenceIds {
  const paths = pathIds(found.flatMap((i) => i.paths));
  return {
    organizations: [...found.map((i) => i.organizationId), ...paths.organizations],
    capabilities: [],
    events: [],
    projects: [],
    links: paths.links,
  };
}
