// organization(id) and organizations(search, first, after) against the real Neo4j with the sample data.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';

const testApp = createTestApp();
afterAll(() => testApp.close());

interface OrgNode {
  id: string;
  name: string;
  nameEn: string;
  kind: string;
  hub: { id: string; name: string } | null;
  synthetic: boolean;
}
interface Page {
  organizations: {
    totalCount: number;
    edges: Array<{ cursor: string; node: OrgNode }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = `query Page($search: String, $first: Int, $after: String) {
  organizations(search: $search, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name nameEn kind synthetic hub { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('organizations', () => {
  it('lists the sample network: at least 100 organisations of all six kinds', async () => {
    const result = await testApp.graphql<Page>(PAGE, { first: 100 });
    expect(result.errors).toBeUndefined();
    const { totalCount, edges } = result.data!.organizations;
    expect(totalCount).toBeGreaterThanOrEqual(100);
    const all = [...edges.map((e) => e.node)];
    let after = result.data!.organizations.pageInfo.endCursor;
    while (all.length < totalCount) {
      const next = await testApp.graphql<Page>(PAGE, { first: 100, after });
      all.push(...next.data!.organizations.edges.map((e) => e.node));
      after = next.data!.organizations.pageInfo.endCursor;
    }
    expect(new Set(all.map((o) => o.id)).size).toBe(totalCount);
    expect(new Set(all.map((o) => o.kind))).toEqual(
      new Set(['COMPANY', 'UNIVERSITY', 'HOSPITAL', 'RESEARCH_INSTITUTE', 'PUBLIC_AGENCY', 'SUPPORT_ORG']),
    );
  });

  it('finds the real institutions under their Korean names', async () => {
    const result = await testApp.graphql<Page>(PAGE, { search: '서울대', first: 20 });
    const names = result.data!.organizations.edges.map((e) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['서울대학교 시흥캠퍼스', '서울대학교병원', '배곧서울대병원']));
    expect(
      result.data!.organizations.edges.every(
        (e) => e.node.synthetic === false || e.node.name.includes('서울대') === false,
      ),
    ).toBe(true);
  });

  it('matches Korean initial consonants (초성) and English names case-insensitively', async () => {
    const choseong = await testApp.graphql<Page>(PAGE, { search: 'ㅅㅎㅅ', first: 50 });
    expect(choseong.data!.organizations.edges.map((e) => e.node.name)).toContain('시흥시');
    const english = await testApp.graphql<Page>(PAGE, { search: 'seoul national university hospital', first: 5 });
    expect(english.data!.organizations.edges.map((e) => e.node.name)).toContain('서울대학교병원');
  });

  it('pages with cursors without overlap', async () => {
    const first = await testApp.graphql<Page>(PAGE, { first: 5 });
    const second = await testApp.graphql<Page>(PAGE, { first: 5, after: first.data!.organizations.pageInfo.endCursor });
    const ids = [...first.data!.organizations.edges, ...second.data!.organizations.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(10);
    expect(first.data!.organizations.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    [{ first: -1 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'garbage' }, 'after'],
    [{ search: 'x'.repeat(201) }, 'search'],
  ])('rejects %o with BAD_USER_INPUT naming the argument', async (variables, argument) => {
    const result = await testApp.graphql(PAGE, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('organization(id)', () => {
  it('returns one organisation with its hub', async () => {
    const list = await testApp.graphql<Page>(PAGE, { search: '서울대학교 시흥캠퍼스', first: 1 });
    const id = list.data!.organizations.edges[0]!.node.id;
    const result = await testApp.graphql<{ organization: OrgNode }>(
      `query($id: ID!) { organization(id: $id) { id name nameEn kind synthetic hub { id name } } }`,
      { id },
    );
    expect(result.data!.organization).toMatchObject({
      id,
      name: '서울대학교 시흥캠퍼스',
      kind: 'UNIVERSITY',
      synthetic: false,
      hub: { name: '배곧' },
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const result = await testApp.graphql(`{ organization(id: "NO-SUCH-ORG") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
  });
});
