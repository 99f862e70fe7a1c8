// The list and the canvas share one partnerMatches request per question; a candidate not in the answer is NOT_FOUND.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetPartnerMatches, loadIntroductionPaths, loadPartnerMatches } from './load-matches';

const variables = { orgId: 'A', need: null, first: 10, filter: null };
const path = { length: 1, organizations: [], steps: [] };

function stubFetch() {
  const fetchMock = vi.fn(
    async () =>
      new Response(
        JSON.stringify({ data: { partnerMatches: [{ candidate: { id: 'B' }, introductionPaths: [path] }] } }),
        {
          status: 200,
          headers: { 'content-type': 'application/json' },
        },
      ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  forgetPartnerMatches();
  vi.unstubAllGlobals();
});

describe('loadPartnerMatches', () => {
  it('asks once for the list and the introduction path of the same question, and again once forgotten', async () => {
    const fetchMock = stubFetch();
    const signal = new AbortController().signal;
    const [list, paths] = await Promise.all([
      loadPartnerMatches(variables, signal),
      loadIntroductionPaths(variables, 'B', signal),
    ]);
    expect(list.map((match) => match.candidate.id)).toEqual(['B']);
    expect(paths).toEqual([path]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    forgetPartnerMatches();
    await loadPartnerMatches(variables, signal);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('lets one asker give up without cancelling the answer for the other', async () => {
    stubFetch();
    const gone = new AbortController();
    const first = loadPartnerMatches(variables, gone.signal);
    const second = loadPartnerMatches(variables, new AbortController().signal);
    gone.abort();
    await expect(first).rejects.toMatchObject({ code: 'ABORTED' });
    expect((await second).length).toBe(1);
  });

  it('answers NOT_FOUND for a candidate that is not among the matches', async () => {
    stubFetch();
    await expect(loadIntroductionPaths(variables, 'Z', new AbortController().signal)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
