// `viewer` tells a caller who the API takes them to be: public without a key, the key's name and role with one.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';

const anonymous = createTestApp();
const staff = createTestApp({ role: 'staff' });
const researcher = createTestApp({ role: 'researcher' });

afterAll(async () => {
  await Promise.all([anonymous.close(), staff.close(), researcher.close()]);
});

const VIEWER = '{ viewer { name role } }';

describe('viewer', () => {
  it('is the anonymous public caller without a key', async () => {
    const answer = await anonymous.graphql(VIEWER);
    expect(answer).toMatchObject({ status: 200, data: { viewer: { name: 'anonymous', role: 'PUBLIC' } } });
    expect(answer.errors).toBeUndefined();
  });

  it("is the key's name and role with a staff or researcher key", async () => {
    expect(await staff.graphql(VIEWER)).toMatchObject({
      status: 200,
      data: { viewer: { name: staff.actorName, role: 'STAFF' } },
    });
    expect(await researcher.graphql(VIEWER)).toMatchObject({
      status: 200,
      data: { viewer: { name: researcher.actorName, role: 'RESEARCHER' } },
    });
  });

  it('refuses a revoked or unknown key instead of answering as public', async () => {
    const answer = await anonymous.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer shk_nosuchkey_0000000000000000000000' },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(answer.status).toBe(401);
  });
});
