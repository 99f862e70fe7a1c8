// API keys end to end: made and revoked by `pnpm keys` in another process, which finds the test Neo4j as it finds the
// product's local one, password included (a revocation holds from the very next request), managed by admins through
// GraphQL, refused when malformed, unknown or revoked, and the cost of the per-request look-up.
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../neo4j/local-neo4j.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { openDatabase } from '@siheung/core/db';
import { testNeo4jLocalEnv } from '@siheung/core/test-support';

const admin = createTestApp({ role: 'admin' });
const anonymous = createTestApp();
const madeIds: string[] = [];

function keysCli(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'graph-api/src/cli/keys.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...testNeo4jLocalEnv() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => resolveRun({ code: code ?? -1, out }));
  });
}

async function askWith(app: TestApp, key: string | null, query: string) {
  const response = await app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { authorization: key }) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    status: response.status,
    codes: (body.errors ?? []).map((error) => error.extensions?.code),
    data: body.data,
    headers: response.headers,
  };
}

const STAFF_ONLY = '{ organizations(first: 1) { edges { node { id updatedBy } } } }';

afterAll(async () => {
  for (const id of madeIds) await admin.db.write('test-delete-api-key', { id });
  await admin.close();
  await anonymous.close();
});

describe('API keys', () => {
  it('works at once after `pnpm keys create`, refused from the next request after `pnpm keys revoke`', async () => {
    const created = await keysCli(['create', '--role', 'staff', '--name', 'T-KEYS-cli']);
    expect(created.code).toBe(0);
    const token = /^(shk_\S+)$/m.exec(created.out)?.[1];
    expect(token).toBeDefined();
    const id = token!.split('_')[1]!;
    madeIds.push(id);
    expect(await askWith(anonymous, `Bearer ${token}`, STAFF_ONLY)).toMatchObject({ status: 200, codes: [] });

    const listed = await keysCli(['list']);
    expect(listed.out).toMatch(new RegExp(`${id}\\s+staff .*valid.*T-KEYS-cli`));
    expect(listed.out).not.toContain(token!.split('_').slice(2).join('_'));

    const revoked = await keysCli(['revoke', id]);
    expect(revoked).toMatchObject({ code: 0 });
    expect(await askWith(anonymous, `Bearer ${token}`, STAFF_ONLY)).toMatchObject({
      status: 401,
      codes: ['UNAUTHENTICATED'],
    });
    expect((await keysCli(['list'])).out).toMatch(new RegExp(`${id}\\s+staff .*revoked`));
  }, 60_000);

  it('refuses a bad command line with the usage and exit code 2', async () => {
    expect(await keysCli(['create', '--role', 'emperor', '--name', 'T-KEYS-x'])).toMatchObject({ code: 2 });
    expect(await keysCli(['delete', 'x'])).toMatchObject({ code: 2, out: expect.stringContaining('usage: pnpm keys') });
  }, 30_000);

  it('treats no header as public and refuses a malformed, unknown or wrong-secret key with 401', async () => {
    const token = (await admin.token())!;
    const [, id, secret] = /^shk_([0-9a-f]{12})_(.+)$/.exec(token)!;
    const wrongSecret = `shk_${id}_${secret!.startsWith('A') ? 'B' : 'A'}${secret!.slice(1)}`;
    expect(await askWith(anonymous, null, STAFF_ONLY)).toMatchObject({ status: 200, codes: ['FORBIDDEN'] });
    for (const header of [
      `Basic ${token}`,
      'Bearer',
      'Bearer shk_123',
      `Bearer ${token} extra`,
      `Bearer shk_000000000000_${secret}`,
      `Bearer ${wrongSecret}`,
    ]) {
      const answer = await askWith(anonymous, header, '{ ok }');
      expect(answer, header).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'], data: undefined });
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    }
    expect(await askWith(anonymous, `bearer ${token}`, '{ apiKeys { id } }')).toMatchObject({ status: 200, codes: [] });
  });

  it('lets admins make, list and revoke keys through GraphQL, never showing a hash; others get FORBIDDEN', async () => {
    const made = await admin.graphql<{
      createApiKey: { token: string; key: { id: string; role: string; name: string; revokedAt: string | null } };
    }>('mutation { createApiKey(name: "T-KEYS-graphql", role: RESEARCHER) { token key { id role name revokedAt } } }');
    expect(made.errors).toBeUndefined();
    const { token, key } = made.data!.createApiKey;
    madeIds.push(key.id);
    expect(key).toMatchObject({ role: 'RESEARCHER', name: 'T-KEYS-graphql', revokedAt: null });
    expect((await anonymous.fetch('/export/nodes.csv', { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      200,
    );

    const listed = await admin.graphql<{ apiKeys: Array<Record<string, unknown>> }>(
      '{ apiKeys { id name role createdAt revokedAt } }',
    );
    expect(listed.data!.apiKeys.find((entry) => entry.id === key.id)).toMatchObject({
      name: 'T-KEYS-graphql',
      role: 'RESEARCHER',
    });
    expect(JSON.stringify(listed.data)).not.toMatch(/[0-9a-f]{64}/);

    const staff = createTestApp({ role: 'staff' });
    try {
      expect(
        (await staff.graphql('mutation { createApiKey(name: "T-KEYS-nope", role: ADMIN) { token } }')).errors?.[0]
          ?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await staff.graphql(`mutation { revokeApiKey(id: "${key.id}") { id } }`)).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect((await staff.graphql('{ apiKeys { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await staff.close();
    }

    const revoked = await admin.graphql<{ revokeApiKey: { revokedAt: string | null } }>(
      `mutation { revokeApiKey(id: "${key.id}") { revokedAt } }`,
    );
    expect(revoked.data?.revokeApiKey.revokedAt).toMatch(/^\d{4}-/);
    expect((await anonymous.fetch('/export/nodes.csv', { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      401,
    );
    expect(
      (await admin.graphql('mutation { revokeApiKey(id: "T-KEYS-NONE") { id } }')).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    expect(
      (await admin.graphql('mutation { createApiKey(name: "  ", role: STAFF) { token } }')).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
  });

  it('answers 503 DATABASE_UNAVAILABLE within 2 s when the database cannot check the key', async () => {
    const downDb = openDatabase({ uri: 'bolt://127.0.0.1:1', auth: null, database: 'neo4j', queryTimeoutMs: 2_000 });
    const down = createTestApp({ db: downDb });
    try {
      const started = performance.now();
      const answer = await askWith(down, `Bearer shk_000000000000_${'A'.repeat(43)}`, '{ ok }');
      expect(answer).toMatchObject({ status: 503, codes: ['DATABASE_UNAVAILABLE'] });
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      await down.close();
    }
  });

  it('costs about one indexed read per request with a key (measured)', async () => {
    const token = (await admin.token())!;
    // 100 keyed requests per series: within an admin key's burst of the rate limit (graph-api/src/limits).
    const median = async (key: string | null, query: string, rounds = 100) => {
      const samples: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        const started = performance.now();
        expect((await askWith(anonymous, key, query)).status).toBe(200);
        samples.push(performance.now() - started);
      }
      return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
    };
    await median(`Bearer ${token}`, '{ ok }', 10);
    const noRead = await median(null, '{ ok }');
    const oneRead = await median(null, '{ hub(id: "HUB-BAEGOT") { id } }');
    const withKey = await median(`Bearer ${token}`, '{ ok }');
    console.log(
      `api-keys: median { ok } ${noRead.toFixed(2)} ms without a key, ${withKey.toFixed(2)} ms with one ` +
        `(look-up ≈ ${(withKey - noRead).toFixed(2)} ms); one read query for comparison ≈ ` +
        `${(oneRead - noRead).toFixed(2)} ms`,
    );
    expect(withKey - noRead).toBeLessThan(2 * (oneRead - noRead) + 5);
  }, 60_000);
});
