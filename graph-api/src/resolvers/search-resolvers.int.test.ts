// search(text, kinds, first) against the real Neo4j with the sample data: Korean, 초성, English, typos, ranking.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';

const testApp = createTestApp();
afterAll(() => testApp.close());

interface Result {
  kind: 'ORGANIZATION' | 'CAPABILITY' | 'HUB';
  id: string;
  name: string;
  nameEn: string;
  match: 'EXACT' | 'PREFIX' | 'CHOSEONG' | 'PARTIAL' | 'FUZZY';
  matchedText: string | null;
  score: number;
  node: {
    __typename: string;
    id: string;
    name: string;
    nameEn: string;
    kind?: string;
    level?: string;
    hub?: { id: string } | null;
  };
}

const SEARCH = `query Search($text: String!, $kinds: [SearchResultKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    kind id name nameEn match matchedText score
    node {
      __typename
      ... on Organization { id name nameEn kind hub { id } }
      ... on Capability { id name nameEn level }
      ... on Hub { id name nameEn }
    }
  }
}`;

async function search(text: string, variables: Record<string, unknown> = {}): Promise<Result[]> {
  const result = await testApp.graphql<{ search: Result[] }>(SEARCH, { text, first: 20, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data!.search;
}

const TIER = { EXACT: 0, PREFIX: 1, CHOSEONG: 2, PARTIAL: 2, FUZZY: 3 } as const;

/** Best first: scores never rise, and no weaker kind of match comes before a stronger one. */
function expectRanked(results: Result[]): void {
  results.slice(1).forEach((result, index) => {
    const before = results[index]!;
    expect(result.score).toBeLessThanOrEqual(before.score);
    expect(TIER[result.match]).toBeGreaterThanOrEqual(TIER[before.match]);
  });
}

describe('search: the acceptance cases', () => {
  it('서울대 finds the SNU campus and both SNU hospitals by their alias', async () => {
    const results = await search('서울대');
    const byId = new Map(results.map((r) => [r.id, r]));
    for (const [id, name] of [
      ['ORG-SNU-SIHEUNG', '서울대학교 시흥캠퍼스'],
      ['ORG-SNUH', '서울대학교병원'],
      ['ORG-SNUH-BAEGOT', '배곧서울대병원'],
    ]) {
      expect(byId.get(id!)).toMatchObject({
        kind: 'ORGANIZATION',
        name,
        match: 'EXACT',
        matchedText: '서울대',
        node: { __typename: 'Organization', id, name },
      });
    }
    expectRanked(results);
  });

  it('ㅅㅎ finds Siheung organisations by their initial consonants, and ㅅㅇㄷ finds 서울대', async () => {
    const results = await search('ㅅㅎ', { first: 50 });
    expect(results.map((r) => r.name)).toEqual(expect.arrayContaining(['시흥시', '시흥산업진흥원', '시흥시정연구원']));
    expect(results.every((r) => r.match === 'CHOSEONG')).toBe(true);
    expect(results.find((r) => r.name === '시흥시')).toMatchObject({ matchedText: '시흥' });
    expectRanked(results);
    const snu = await search('ㅅㅇㄷ');
    expect(snu.map((r) => r.id)).toEqual(expect.arrayContaining(['ORG-SNU-SIHEUNG', 'ORG-SNUH', 'ORG-SNUH-BAEGOT']));
  });

  it('snu hosp finds SNU Hospital first, by the start of its alias', async () => {
    const results = await search('snu hosp');
    expect(results[0]).toMatchObject({
      id: 'ORG-SNUH',
      nameEn: 'Seoul National University Hospital',
      match: 'PREFIX',
      matchedText: 'SNU Hospital',
    });
    expect(results.map((r) => r.id)).toContain('ORG-SNUH-BAEGOT');
    expectRanked(results);
  });

  it('배곧 finds the Baegot hub first, then Baegot organisations; so does its romanisation', async () => {
    const results = await search('배곧');
    expect(results[0]).toMatchObject({
      kind: 'HUB',
      id: 'HUB-BAEGOT',
      match: 'EXACT',
      node: { __typename: 'Hub', nameEn: 'Baegot' },
    });
    expect(results.find((r) => r.id === 'ORG-SNUH-BAEGOT')).toMatchObject({
      match: 'PREFIX',
      node: { hub: { id: 'HUB-BAEGOT' } },
    });
    const romanised = await search('baegot');
    expect(romanised[0]).toMatchObject({ id: 'HUB-BAEGOT', match: 'EXACT' });
  });

  it('seol national (a typo) still finds Seoul National University and its hospital', async () => {
    const results = await search('seol national');
    expect(results.map((r) => r.id)).toEqual(expect.arrayContaining(['ORG-SNU-SIHEUNG', 'ORG-SNUH']));
    expect(results.every((r) => r.match === 'FUZZY' && r.matchedText === null)).toBe(true);
    expect(await search('seoul nationl univ')).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'ORG-SNU-SIHEUNG' })]),
    );
  });

  it('finds capabilities by Korean or English name', async () => {
    for (const text of ['배지', 'culture media', 'ㅂㅇ ㅂㅈ']) {
      const results = await search(text);
      expect(
        results.find((r) => r.id === 'CAP-CULTURE-MEDIA'),
        text,
      ).toMatchObject({
        kind: 'CAPABILITY',
        name: '세포배양 배지',
        node: { __typename: 'Capability', level: 'CAPABILITY', nameEn: 'Cell culture media' },
      });
    }
  });
});

describe('search: ranking and options', () => {
  it('ranks an exact alias above names that start with it, and those above names that only contain it', async () => {
    const results = await search('siheung', { first: 50 });
    expect(results[0]).toMatchObject({ id: 'ORG-SIHEUNG-CITY', match: 'EXACT' });
    expect(results.find((r) => r.id === 'ORG-SIHEUNG-IPA')).toMatchObject({
      match: 'PREFIX',
      matchedText: 'Siheung Promotion Agency',
    });
    // "Gyeonggi-Siheung SNU Pharma-Bio Training Center" contains the text inside a word.
    expect(results.at(-1)).toMatchObject({ id: 'ORG-SNU-PHARMABIO', match: 'PARTIAL' });
    expectRanked(results);
  });

  it('returns only the kinds asked for, at most `first`', async () => {
    const hubs = await search('시흥', { kinds: ['HUB'] });
    expect(hubs.map((r) => r.id)).toEqual(['HUB-SMARTHUB']);
    expect(await search('시흥', { first: 2 })).toHaveLength(2);
  });

  it.each(['"AND (', 'title:(snu) OR -x*', 'snu\\', '[a TO z]', 'snu~~ hosp^2', '&& || !', '*', '서울대")'])(
    'treats Lucene syntax in %j as plain text',
    async (text) => {
      const result = await testApp.graphql<{ search: Result[] }>(SEARCH, { text });
      expect(result.errors).toBeUndefined();
      expect(Array.isArray(result.data!.search)).toBe(true);
    },
  );

  it('still finds what the words name when punctuation surrounds them', async () => {
    expect((await search('"서울대")')).map((r) => r.id)).toContain('ORG-SNUH');
  });
});

describe('search: bad arguments', () => {
  it.each([
    [{ text: '' }, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: 'x'.repeat(101) }, 'text'],
    [{ text: 'snu', first: 0 }, 'first'],
    [{ text: 'snu', first: -1 }, 'first'],
    [{ text: 'snu', first: 51 }, 'first'],
    [{ text: 'snu', kinds: [] }, 'kinds'],
  ])('rejects %o with BAD_USER_INPUT naming the argument', async (variables, argument) => {
    const result = await testApp.graphql(SEARCH, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(result.data).toBeNull();
  });
});
