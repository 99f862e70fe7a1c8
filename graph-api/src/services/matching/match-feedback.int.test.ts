// recordMatchFeedback through the API: stored with who and when, shown with the candidate next time, a declined
// candidate ranks lower for that organisation only; bad input is refused and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { deleteTestData, importCsvFiles } from '../../../test/import-test-files.ts';
import { matchingFiles } from '../../../test/fixtures/matching-fixture.ts';
import { readDataVersion } from '@siheung/core/data-version';
import { matchingFor } from './matching-service.ts';
import { MATCHING_CONFIG } from './scoring-weights.ts';

const P = 'T-MATCHFB-';
const id = (name: string): string => `${P}${name}`;
const RECORD = `mutation ($orgId: ID!, $candidateId: ID!, $decision: MatchDecision!, $note: String) {
  recordMatchFeedback(orgId: $orgId, candidateId: $candidateId, decision: $decision, note: $note) {
    organization { id } candidate { id } decision note recordedBy recordedAt } }`;

interface Ranked {
  rank: number;
  score: number;
  candidate: { id: string };
  reasons: Array<{ factor: string; text: string }>;
  feedback: { decision: string; note: string | null; recordedBy: string; recordedAt: string } | null;
}

describe('match feedback', () => {
  const api = createTestApp({ role: 'staff' });
  const ranking = async (orgId: string): Promise<Ranked[]> => {
    const response = await api.graphql<{ partnerMatches: Ranked[] }>(
      `query ($orgId: ID!) { partnerMatches(orgId: $orgId, asOf: "2023-06-30") {
        rank score candidate { id } reasons { factor text } feedback { decision note recordedBy recordedAt } } }`,
      { orgId },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.partnerMatches;
  };
  const record = (variables: Record<string, unknown>) =>
    api.graphql<{ recordMatchFeedback: Record<string, unknown> }>(RECORD, variables);

  beforeAll(async () => {
    await deleteTestData(api.db, P);
    await importCsvFiles(api.db, matchingFiles(P), 'test:match-feedback');
  });
  afterAll(async () => {
    await deleteTestData(api.db, P);
    await api.close();
  });

  it('records a decision with who and when, shows it next time, and a DECLINED candidate ranks lower', async () => {
    // B and F are twins (same score): B comes first by id.
    const before = await ranking(id('A'));
    expect(before.slice(0, 2).map((m) => [m.candidate.id, m.feedback])).toEqual([
      [id('B'), null],
      [id('F'), null],
    ]);
    const scoreOfB = before[0]!.score;

    const started = Date.now();
    const contacted = await record({
      orgId: id('A'),
      candidateId: id('B'),
      decision: 'CONTACTED',
      note: '첫 미팅 예정',
    });
    expect(contacted.errors).toBeUndefined();
    expect(contacted.data!.recordMatchFeedback).toMatchObject({
      organization: { id: id('A') },
      candidate: { id: id('B') },
      decision: 'CONTACTED',
      note: '첫 미팅 예정',
      recordedBy: api.actorName,
    });
    const recordedAt = Date.parse(String(contacted.data!.recordMatchFeedback.recordedAt));
    expect(Math.abs(recordedAt - started)).toBeLessThan(60_000);
    // CONTACTED is shown and changes nothing in the ranking.
    const shown = await ranking(id('A'));
    expect(shown[0]).toMatchObject({
      candidate: { id: id('B') },
      score: scoreOfB,
      feedback: { decision: 'CONTACTED', note: '첫 미팅 예정', recordedBy: api.actorName },
    });
    expect(shown[0]!.reasons.at(-1)).toMatchObject({ factor: 'FEEDBACK' });

    // DECLINED (the latest decision counts): B loses the feedback weight and falls behind F.
    expect((await record({ orgId: id('A'), candidateId: id('B'), decision: 'DECLINED' })).errors).toBeUndefined();
    const after = await ranking(id('A'));
    const b = after.find((m) => m.candidate.id === id('B'))!;
    expect(after[0]!.candidate.id).toBe(id('F'));
    expect(b.rank).toBeGreaterThan(1);
    expect(b.score).toBeCloseTo(scoreOfB - MATCHING_CONFIG.weights.FEEDBACK, 10);
    expect(b.feedback).toMatchObject({ decision: 'DECLINED', note: null });
    expect(b.reasons.find((r) => r.factor === 'FEEDBACK')!.text).toBe('이전에 거절된 적이 있습니다.');

    // Only for A: the feedback is about the pair (A, B), not about B.
    const fromI = await ranking(id('I'));
    expect(fromI.every((m) => m.feedback === null)).toBe(true);
  });

  it('feedback keeps the cached network (same data version and graph); another API instance sees it', async () => {
    // A second instance with its own connection and caches, as another API process would have.
    const other = createTestApp({ role: 'staff' });
    try {
      const rankingOn = async (app: typeof api, orgId: string): Promise<Ranked[]> =>
        (
          await app.graphql<{ partnerMatches: Ranked[] }>(
            `query ($orgId: ID!) { partnerMatches(orgId: $orgId, asOf: "2023-06-30") {
          rank score candidate { id } reasons { factor text } feedback { decision note recordedBy recordedAt } } }`,
            { orgId },
          )
        ).data!.partnerMatches;
      const beforeOther = (await rankingOn(other, id('A'))).find((m) => m.candidate.id === id('F'))!;
      expect(beforeOther.feedback).toBeNull();
      const version = await readDataVersion(api.db);
      const graph = (await matchingFor(api.db).at('2023-06-30')).graph;

      expect(
        (await record({ orgId: id('A'), candidateId: id('F'), decision: 'DECLINED', note: '일정 불가' })).errors,
      ).toBeUndefined();
      expect(await readDataVersion(api.db)).toBe(version);
      expect((await matchingFor(api.db).at('2023-06-30')).graph).toBe(graph);
      const f = (await rankingOn(other, id('A'))).find((m) => m.candidate.id === id('F'))!;
      expect(f.feedback).toMatchObject({ decision: 'DECLINED', note: '일정 불가', recordedBy: api.actorName });
      expect(f.score).toBeCloseTo(beforeOther.score - MATCHING_CONFIG.weights.FEEDBACK, 10);
    } finally {
      await other.close();
    }
  });

  it('refuses bad input with typed errors and records nothing', async () => {
    const errorOf = async (variables: Record<string, unknown>) => (await record(variables)).errors?.[0]?.extensions;
    expect(await errorOf({ orgId: id('NOBODY'), candidateId: id('C'), decision: 'ACCEPTED' })).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'orgId',
    });
    expect(await errorOf({ orgId: id('A'), candidateId: id('NOBODY'), decision: 'ACCEPTED' })).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'candidateId',
    });
    expect(await errorOf({ orgId: id('A'), candidateId: id('A'), decision: 'ACCEPTED' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'candidateId',
    });
    expect(
      await errorOf({ orgId: id('A'), candidateId: id('C'), decision: 'ACCEPTED', note: 'x'.repeat(1001) }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'note' });
    expect(await errorOf({ orgId: id('A'), candidateId: id('C'), decision: 'MAYBE' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const c = (await ranking(id('A'))).find((m) => m.candidate.id === id('C'))!;
    expect(c.feedback).toBeNull();
    // The public may not record feedback.
    const anonymous = createTestApp({ db: api.db });
    const refused = await anonymous.graphql(RECORD, { orgId: id('A'), candidateId: id('C'), decision: 'ACCEPTED' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ranking(id('A'))).find((m) => m.candidate.id === id('C'))!.feedback).toBeNull();
  });
});
