// The weight calibration learns from the network's own last year and from nothing after the date: on a network where
// every newcomer of the last year joined the best-connected organisation rather than the one it kept meeting at events,
// it weighs popularity over shared activity, and then ranks the next newcomer the way the last year went.
import { describe, expect, it } from 'vitest';
import { calibrateWeights, yearsBefore } from './calibrate-weights.ts';
import { buildMatchingGraph } from './matching-graph.ts';
import type { MatchingInput, MatchingLink } from './matching-input.ts';
import { rankPartners } from './rank-partners.ts';
import { MATCHING_CONFIG } from './scoring-weights.ts';

const NEWCOMERS = 24;
const AS_OF = '2024-12-31';

/**
 * H1, H2, H3 well connected since 2015; newcomer Ni met Ai at three events in 2020 and joined H1 in 2024 (Ai before H1
 * by id, so a tie favours Ai).
 */
function network(extraLinks: MatchingLink[] = []): MatchingInput {
  const ids = ['H1', 'H2', 'H3', ...Array.from({ length: 12 }, (_, i) => `O${i + 1}`)];
  const newcomers = Array.from({ length: NEWCOMERS + 1 }, (_, i) => i + 1);
  for (const i of newcomers) ids.push(`N${i}`, `A${i}`);
  const links: MatchingLink[] = [];
  const link = (from: string, to: string, since: string): void => {
    links.push({ id: `L${links.length + 1}`, from, to, kind: 'JOINT_RD', since, until: null, weight: 1 });
  };
  for (const [hub, count] of [
    ['H1', 8],
    ['H2', 6],
    ['H3', 4],
  ] as const)
    for (let o = 1; o <= count; o += 1) link(hub, `O${o}`, '2015-01-01');
  for (const i of newcomers) link(`A${i}`, 'O12', '2015-01-01');
  // The last newcomer (N25) has not linked yet: the one the calibrated ranking is for.
  for (const i of newcomers.slice(0, NEWCOMERS)) link(`N${i}`, 'H1', '2024-06-01');
  const events = newcomers.flatMap((i) =>
    [1, 2, 3].map((k) => ({ id: `E${i}-${k}`, name: `E${i}-${k}`, nameEn: `E${i}-${k}`, date: `2020-0${k}-01` })),
  );
  return {
    organizations: ids.map((id) => ({
      id,
      name: id,
      nameEn: id,
      kind: 'COMPANY',
      hub: null,
      sector: null,
      founded: null,
    })),
    links: [...links, ...extraLinks.map((l, index) => ({ ...l, id: `X${index + 1}` }))],
    capabilities: [],
    offers: [],
    needs: [],
    hubs: [],
    projects: [],
    memberships: [],
    events,
    attendance: events.flatMap((event) => {
      const i = event.id.slice(1, event.id.indexOf('-'));
      return [
        { eventId: event.id, orgId: `N${i}` },
        { eventId: event.id, orgId: `A${i}` },
      ];
    }),
  };
}

describe('calibrateWeights', () => {
  it('learns from the last year that newcomers join the best-connected, and ranks the next newcomer so', () => {
    const input = network();
    const calibration = calibrateWeights(input, AS_OF);
    expect(calibration).toMatchObject({
      outcome: 'CALIBRATED',
      from: '2023-12-31',
      to: AS_OF,
      eligible: NEWCOMERS + 1,
      scored: NEWCOMERS + 1,
    });
    expect(calibration.calibratedScore).toBeGreaterThan(calibration.configuredScore);
    const { weights } = calibration.config;
    expect(weights.POPULARITY).toBeGreaterThan(weights.SHARED_ACTIVITY);
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(weights.FEEDBACK).toBe(MATCHING_CONFIG.weights.FEEDBACK);

    // The configured weights put the newcomer's event mate first; the learnt ones, the hub everyone joined.
    const graph = buildMatchingGraph(input, AS_OF);
    expect(rankPartners(graph, `N${NEWCOMERS + 1}`, { first: 1 })[0]!.candidateId).toBe(`A${NEWCOMERS + 1}`);
    expect(rankPartners(graph, `N${NEWCOMERS + 1}`, { first: 1, config: calibration.config })[0]!.candidateId).toBe(
      'H1',
    );
  });

  it('sees nothing after the date: later links change nothing', () => {
    const later = Array.from({ length: NEWCOMERS }, (_, i): MatchingLink => ({
      id: '',
      from: `N${i + 1}`,
      to: `A${i + 1}`,
      kind: 'JOINT_RD',
      since: '2025-03-01',
      until: null,
      weight: 1,
    }));
    expect(calibrateWeights(network(later), AS_OF)).toEqual(calibrateWeights(network(), AS_OF));
  });

  it('keeps the configured weights when the last year gave too few organisations a new partner, or when off', () => {
    const quiet = calibrateWeights(network(), '2022-12-31');
    expect(quiet).toMatchObject({ outcome: 'TOO_FEW_NEW_PARTNERSHIPS', from: '2021-12-31', eligible: 0 });
    expect(quiet.config).toBe(MATCHING_CONFIG);
    const off = calibrateWeights(network(), AS_OF, { ...MATCHING_CONFIG, calibration: null });
    expect(off).toMatchObject({ outcome: 'OFF', from: null, to: null });
    expect(off.config.weights).toBe(MATCHING_CONFIG.weights);
  });

  it('counts a year back from any day, 29 February included', () => {
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsBefore('2026-11-25', 2)).toBe('2024-11-25');
  });
});
