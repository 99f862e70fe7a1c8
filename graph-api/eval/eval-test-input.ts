// A tiny MatchingInput for the evaluation's unit tests: organisations A–H, links given as "A-B 2021-05-01".
import type { MatchingInput } from '../src/services/matching/matching-input.ts';

export function evalTestInput(links: readonly string[], organizations = 'ABCDEFGH'): MatchingInput {
  return {
    organizations: [...organizations].map((id) => ({
      id,
      name: id,
      nameEn: id,
      kind: 'COMPANY',
      hub: null,
      sector: null,
      founded: null,
    })),
    links: links.map((text, index) => {
      const [pair, since] = text.split(' ');
      const [from, to] = pair!.split('-');
      return {
        id: `L${index + 1}`,
        from: from!,
        to: to!,
        kind: 'JOINT_RD',
        since: since ?? null,
        until: null,
        weight: 1,
      };
    }),
    capabilities: [],
    offers: [],
    needs: [],
    hubs: [],
    events: [],
    projects: [],
    attendance: [],
    memberships: [],
  };
}
