// The acceptance test of the checked-in matrix (docs/authorization.md): for every Query and Mutation field, private
// field, private input field and route × every role, no key, a revoked key and a malformed key, what the server does
// is what the policy says: allowed → no FORBIDDEN or UNAUTHENTICATED; refused → FORBIDDEN; a bad key → 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { fieldOperations } from '../../test/field-operations.ts';
import { sdlSchema } from '../contract/printed-schema.ts';
import type { Role } from './actor.ts';
import { createApiKey, revokeApiKey } from './api-key-store.ts';
import { PRIVATE_FIELDS, PRIVATE_INPUT_FIELDS, requiredRole } from './policy.ts';
import { roleAtLeast, ROLES } from './roles.ts';

interface Answer {
  status: number;
  codes: string[];
}

const apps = Object.fromEntries(ROLES.map((role) => [role, createTestApp({ role })])) as Record<Role, TestApp>;
const anonymous = apps.public;
let revokedKey = { id: '', token: '' };
const MALFORMED = 'shk_not-a-key';

/** Operations that reach each private field; one per entry of the policy's private maps (checked below). */
const privateOperations = (orgId: string, capabilityId: string): Record<string, string> => ({
  'Organization.needs': `{ organization(id: "${orgId}") { id needs { priority } } }`,
  'Organization.updatedBy': `{ organization(id: "${orgId}") { id updatedBy } }`,
  'Capability.neededBy': `{ capability(id: "${capabilityId}") { id neededBy { priority } } }`,
  'PartnerMatch.feedback': `{ partnerMatches(orgId: "${orgId}", first: 1) { rank feedback { decision } } }`,
  'MatchFeedback.note': `{ partnerMatches(orgId: "${orgId}", first: 1) { rank feedback { note } } }`,
  'MatchFeedback.recordedBy': `{ partnerMatches(orgId: "${orgId}", first: 1) { rank feedback { recordedBy } } }`,
  'OrganizationFilter.needs': `{ organizations(first: 1, filter: { needs: ["${capabilityId}"] }) { totalCount } }`,
});

async function ask(app: TestApp, query: string, key?: string): Promise<Answer> {
  const response = await app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return { status: response.status, codes: (body.errors ?? []).map((error) => String(error.extensions?.code)) };
}

const operations = new Map<string, string>();

beforeAll(async () => {
  for (const [coordinate, operation] of fieldOperations(sdlSchema())) operations.set(coordinate, operation);
  const sample = await apps.staff.graphql<{
    organizations: { edges: Array<{ node: { id: string } }> };
    capabilities: Array<{ id: string }>;
  }>('{ organizations(first: 1) { edges { node { id } } } capabilities { id } }');
  for (const [coordinate, operation] of Object.entries(
    privateOperations(sample.data!.organizations.edges[0]!.node.id, sample.data!.capabilities[0]!.id),
  )) {
    operations.set(coordinate, operation);
  }
  const made = await createApiKey(anonymous.db, 'admin', 'T-AUTHZ-revoked');
  await revokeApiKey(anonymous.db, made.key.id);
  revokedKey = { id: made.key.id, token: made.token };
});

afterAll(async () => {
  await anonymous.db.write('test-delete-api-key', { id: revokedKey.id });
  for (const app of Object.values(apps)) await app.close();
});

describe('the authorization matrix', () => {
  it('has an operation for every private field and private input field of the policy', () => {
    const missing = [...Object.keys(PRIVATE_FIELDS), ...Object.keys(PRIVATE_INPUT_FIELDS)].filter(
      (coordinate) => !Object.hasOwn(privateOperations('x', 'y'), coordinate),
    );
    expect(missing).toEqual([]);
  });

  it('matches the policy for every field × every role', async () => {
    const mismatches: string[] = [];
    for (const [coordinate, operation] of operations) {
      for (const role of ROLES) {
        const answer = await ask(apps[role], operation);
        const allowed = roleAtLeast(role, requiredRole(coordinate));
        const ok = allowed
          ? answer.status !== 401 && !answer.codes.includes('FORBIDDEN') && !answer.codes.includes('UNAUTHENTICATED')
          : answer.codes.includes('FORBIDDEN');
        if (!ok)
          mismatches.push(
            `${coordinate} as ${role}: expected ${allowed ? 'allowed' : 'FORBIDDEN'}, got ${answer.status} ` +
              `${answer.codes.join(',')}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    expect(operations.size).toBeGreaterThan(40);
  }, 120_000);

  it('refuses every field with a revoked or a malformed key: 401 UNAUTHENTICATED', async () => {
    const mismatches: string[] = [];
    for (const [coordinate, operation] of operations) {
      for (const [label, key] of [
        ['revoked', revokedKey.token],
        ['malformed', MALFORMED],
      ] as const) {
        const answer = await ask(anonymous, operation, key);
        if (answer.status !== 401 || answer.codes.join() !== 'UNAUTHENTICATED')
          mismatches.push(`${coordinate} with a ${label} key: got ${answer.status} ${answer.codes.join(',')}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 60_000);

  it('matches the policy for the export route × every role and a bad key', async () => {
    const status = async (app: TestApp, key?: string) =>
      (await app.fetch('/export/nodes.csv', key ? { headers: { authorization: `Bearer ${key}` } } : {})).status;
    const expected = ROLES.map((role) => (roleAtLeast(role, requiredRole('/export/*')) ? 200 : 403));
    expect(await Promise.all(ROLES.map((role) => status(apps[role])))).toEqual(expected);
    expect(expected).toContain(403);
    expect([await status(anonymous, revokedKey.token), await status(anonymous, MALFORMED)]).toEqual([401, 401]);
  });
});
