// The operator's log of failed requests, read back from the app's logger: one JSON line per failure with its request
// id, operation, code, role, duration and path; a stack only for unexpected errors, with the cause they masked; a
// flood of identical failures summarised as counts.
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@siheung/core/db';
import { testNeo4jAuth, testNeo4jUri } from '@siheung/core/test-support';
import { captureLog, STACK_FRAME } from '../../test/captured-log.ts';
import { createTestApp } from '../../test/test-app.ts';
import { FailureLog } from './failure-log.ts';

const healthyLog = captureLog();
const healthy = createTestApp({ logger: healthyLog.logger });

// Nothing listens on port 1: every query is refused, first by the driver, then by the open circuit.
const downLog = captureLog();
const downFailures = new FailureLog(downLog.logger);
const downDb = openDatabase({ uri: 'bolt://127.0.0.1:1', auth: null, database: 'neo4j', queryTimeoutMs: 2_000 });
const down = createTestApp({ db: downDb, logger: downLog.logger, failures: downFailures });

// Every statement this database sends is broken Cypher: Neo4j refuses it with an error the API does not expect.
const brokenLog = captureLog();
const brokenDb = openDatabase(
  { uri: testNeo4jUri(), auth: testNeo4jAuth(), database: 'neo4j', queryTimeoutMs: 10_000 },
  { statements: () => 'RETURN broken syntax here (' },
);
const broken = createTestApp({ db: brokenDb, logger: brokenLog.logger });

afterAll(async () => {
  await Promise.all([healthy.close(), down.close(), broken.close()]);
});

const post = (app: typeof healthy, body: unknown, headers: Record<string, string> = {}) =>
  app.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the request log', () => {
  it('writes one JSON line for a failed request with what an operator needs, and answers the request id', async () => {
    healthyLog.clear();
    const response = await post(healthy, { query: 'query BadPage { organizations(first: "ten") { totalCount } }' });
    expect(healthyLog.raw).toHaveLength(1);
    const [line] = healthyLog.lines();
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request failed',
      requestId: response.headers.get('x-request-id'),
      operation: 'BadPage',
      code: 'BAD_USER_INPUT',
      role: 'public',
      method: 'POST',
      path: '/graphql',
      // 400 or, as graphql-over-HTTP allows for a validation error under `Accept: */*`, 200 with the errors.
      status: response.status,
    });
    expect(line?.durationMs).toEqual(expect.any(Number));
    expect(line).not.toHaveProperty('err');
    expect(healthyLog.raw[0]).not.toMatch(STACK_FRAME);
  });

  it('logs nothing for answers that went well, nor for the health checks', async () => {
    healthyLog.clear();
    const ok = await post(healthy, { query: '{ organizations(first: 1) { totalCount } }' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await healthy.app.fetch('http://test/healthz')).status).toBe(200);
    expect((await down.app.fetch('http://test/readyz')).status).toBe(503);
    expect(healthyLog.raw).toEqual([]);
  });

  it('keeps a request id a proxy gave, unless it is not plainly an id', async () => {
    const kept = await post(healthy, { query: '{ nope }' }, { 'x-request-id': 'lb-4f2a.77' });
    expect(kept.headers.get('x-request-id')).toBe('lb-4f2a.77');
    const replaced = await post(healthy, { query: '{ nope }' }, { 'x-request-id': 'a" "level":"fatal' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the code of failures answered before GraphQL runs (a malformed key)', async () => {
    healthyLog.clear();
    const response = await post(healthy, { query: '{ hubs { id } }' }, { authorization: 'Bearer not-a-key' });
    expect(response.status).toBe(401);
    expect(healthyLog.lines()).toMatchObject([{ code: 'UNAUTHENTICATED', status: 401, role: 'public' }]);
  });

  it('logs an unexpected error with its stack and the cause it masked, which the answer never shows', async () => {
    const response = await post(broken, { query: 'query Hubs { hubs { id } }' });
    const body = await response.text();
    expect(body).toContain('INTERNAL_SERVER_ERROR');
    expect(body).not.toMatch(/SyntaxError|broken syntax|\bat .+:\d+/);
    const [line] = brokenLog.lines();
    expect(line).toMatchObject({ level: 'error', operation: 'Hubs', code: 'INTERNAL_SERVER_ERROR', field: 'hubs' });
    const err = line?.err as { message: string; stack: string };
    expect(err.message).toContain('Neo.ClientError.Statement.SyntaxError');
    expect(err.stack).toMatch(STACK_FRAME);
  });

  it('logs an unexpected error answered outside GraphQL (a key that cannot be looked up) with its cause', async () => {
    brokenLog.clear();
    const key = `shk_${'0'.repeat(12)}_${'a'.repeat(43)}`;
    const response = await post(broken, { query: '{ hubs { id } }' }, { authorization: `Bearer ${key}` });
    expect(response.status).toBe(500);
    const [line] = brokenLog.lines();
    expect(line).toMatchObject({ level: 'error', code: 'INTERNAL_SERVER_ERROR', status: 500 });
    expect((line?.err as { message: string }).message).toContain('Neo.ClientError.Statement.SyntaxError');
  });

  it('summarises a flood of identical failures as counts, without stacks', async () => {
    const requests = 300;
    let sent = 0;
    const started = Date.now();
    const client = async () => {
      while (sent < requests) {
        sent += 1;
        const response = await post(down, { query: 'query Page { organizations(first: 1) { totalCount } }' });
        expect(response.status).toBe(503);
        await response.text();
      }
    };
    await Promise.all(Array.from({ length: 20 }, client));
    downFailures.flush();
    const seconds = (Date.now() - started) / 1_000;

    const lines = downLog.lines().filter((line) => line.msg.startsWith('request failed'));
    expect(lines.length).toBeLessThanOrEqual(2 + Math.ceil(seconds));
    expect(lines.every((line) => line.code === 'DATABASE_UNAVAILABLE' && line.level === 'warn')).toBe(true);
    const counted = lines.reduce((sum, line) => sum + (typeof line.count === 'number' ? line.count : 1), 0);
    expect(counted).toBe(requests);
    expect(lines.filter((line) => line.msg === 'request failed (repeated)')[0]).toMatchObject({
      operation: 'Page',
      path: '/graphql',
      status: 503,
      intervalMs: expect.any(Number),
      maxDurationMs: expect.any(Number),
    });
    expect(downLog.raw.filter((line) => STACK_FRAME.test(line) || line.includes('"err"'))).toEqual([]);
  });
});
