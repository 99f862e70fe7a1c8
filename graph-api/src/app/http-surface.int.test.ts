// The HTTP surface a public server shows: malformed paths, percent-encodings, Host and other headers, methods and
// bodies on every route answer 4xx with a short typed message, never a 5xx or a stack trace (table-driven, raw bytes
// over a real socket); CORS grants only CORS_ORIGINS, never credentials; every answer carries the security headers;
// GraphiQL comes from this server alone. The app runs over the integration tests' Neo4j on a loopback port and owns
// no data (it reads `{ ok }` and readiness only).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { rawRequest, sendRaw, type RawAnswer } from '../../test/raw-http.ts';
import { ERROR_CODES } from '../errors/app-errors.ts';

const dist = mkdtempSync(join(tmpdir(), 'http-surface-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>시흥 바이오</title>');
writeFileSync(join(dist, 'assets', 'app-123.js'), 'console.log(1)');

const ALLOWED_ORIGIN = 'https://data.example.org';
const EVIL_ORIGIN = 'https://evil.example';
const testApp = createTestApp({ explorerDist: dist, env: { CORS_ORIGINS: ALLOWED_ORIGIN } });
const sameOriginOnly = createTestApp({ explorerDist: dist });
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer(testApp.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await Promise.all([testApp.close(), sameOriginOnly.close()]);
  rmSync(dist, { recursive: true, force: true });
});

/** Every route the server has: GraphQL, exports, health, the explorer (page, a view, an asset), GraphiQL's files. */
const ROUTES = [
  '/graphql',
  '/export/nodes.csv',
  '/healthz',
  '/readyz',
  '/',
  '/a/view',
  '/assets/app-123.js',
  '/graphiql/start-graphiql.js',
];

const json = { 'content-type': 'application/json' };
const OK = '{"query":"{ ok }"}';
const BOUNDARY = 'x-boundary';
const truncatedMultipart =
  `--${BOUNDARY}\r\ncontent-disposition: form-data; name="operations"\r\n\r\n` +
  '{"query":"mutation ($f: [Upload!]!) { importData(files: $f) { dryRun } }","variables":{"f":[null]}}\r\n' +
  `--${BOUNDARY}\r\ncontent-disposition: form-data; name="map"\r\n\r\n{"0":["variables.f.0"]}\r\n` +
  `--${BOUNDARY}\r\ncontent-disposition: form-data; name="0"; filename="a.csv"\r\n\r\nid,na`;

interface Case {
  name: string;
  request: (route: string) => Buffer;
  /** `client`: must be refused with a 4xx; `any`: may also succeed (the route ignores what is wrong). */
  expect: 'client' | 'any';
}

const get = (target: string, headers: Record<string, string> = {}) => rawRequest('GET', target, headers);
const post = (route: string, headers: Record<string, string>, body: Buffer | string) =>
  rawRequest('POST', route, headers, body);

const CASES: Case[] = [
  { name: 'a truncated percent-encoding in the path', request: (route) => get(`${route}%E0%A4%A`), expect: 'client' },
  { name: 'a bad percent-escape in a path segment', request: (route) => get(`${route}/%ZZ`), expect: 'client' },
  { name: 'a lone percent sign at the end', request: (route) => get(`${route}%`), expect: 'client' },
  { name: 'percent-encoded bytes that are not UTF-8', request: (route) => get(`${route}%FF%FE`), expect: 'client' },
  { name: 'a percent-encoded NUL', request: (route) => get(`${route}%00`), expect: 'any' },
  { name: 'dot segments', request: (route) => get(`${route}/../../../../etc/passwd`), expect: 'any' },
  { name: 'encoded dot segments', request: (route) => get(`${route}/%2e%2e/%2e%2e/etc/passwd`), expect: 'any' },
  { name: 'bad percent-encodings in the query', request: (route) => get(`${route}?query=%E0%A4%A&x=%`), expect: 'any' },
  { name: 'a Host that makes no URL', request: (route) => get(route, { host: '[::1' }), expect: 'client' },
  { name: 'a Host with a space', request: (route) => get(route, { host: 'a b' }), expect: 'client' },
  {
    name: 'no Host',
    request: (route) => Buffer.from(`GET ${route} HTTP/1.1\r\nconnection: close\r\n\r\n`),
    expect: 'client',
  },
  { name: 'an absolute target with a broken host', request: (route) => get(`http://[x${route}`), expect: 'any' },
  { name: 'an asterisk target', request: () => get('*'), expect: 'any' },
  {
    name: 'Authorization without a key',
    request: (route) => get(route, { authorization: 'Bearer' }),
    expect: 'client',
  },
  { name: 'a malformed key', request: (route) => get(route, { authorization: 'Bearer shk_x' }), expect: 'client' },
  {
    name: 'Basic authorization',
    request: (route) => get(route, { authorization: 'Basic Zm9vOmJhcg==' }),
    expect: 'client',
  },
  {
    name: 'a key of 8,000 characters',
    request: (route) => get(route, { authorization: `Bearer shk_${'a'.repeat(8_000)}` }),
    expect: 'client',
  },
  {
    name: 'a key with bytes outside ASCII',
    request: (route) => get(route, { authorization: 'Bearer \xff\xfe' }),
    expect: 'client',
  },
  { name: 'a header of 20 kB', request: (route) => get(route, { 'x-big': 'a'.repeat(20_000) }), expect: 'client' },
  {
    name: 'a header without a colon',
    request: (route) => Buffer.from(`GET ${route} HTTP/1.1\r\nhost: a\r\nbroken\r\n\r\n`),
    expect: 'client',
  },
  { name: 'an unknown method', request: (route) => rawRequest('FOO', route), expect: 'client' },
  { name: 'PUT', request: (route) => rawRequest('PUT', route, json, OK), expect: 'any' },
  { name: 'DELETE', request: (route) => rawRequest('DELETE', route), expect: 'any' },
  { name: 'PATCH', request: (route) => rawRequest('PATCH', route, json, OK), expect: 'any' },
  { name: 'TRACE', request: (route) => rawRequest('TRACE', route), expect: 'any' },
  { name: 'HEAD', request: (route) => rawRequest('HEAD', route), expect: 'any' },
  { name: 'OPTIONS', request: (route) => rawRequest('OPTIONS', route), expect: 'any' },
  { name: 'JSON cut short', request: (route) => post(route, json, '{"query":'), expect: 'any' },
  { name: 'a JSON array', request: (route) => post(route, json, '[1, "a", null]'), expect: 'any' },
  { name: 'JSON null', request: (route) => post(route, json, 'null'), expect: 'any' },
  { name: 'a query of the wrong type', request: (route) => post(route, json, '{"query":5}'), expect: 'any' },
  {
    name: 'variables of the wrong type',
    request: (route) => post(route, json, '{"query":"{ ok }","variables":"x"}'),
    expect: 'any',
  },
  {
    name: 'extensions of the wrong type',
    request: (route) => post(route, json, '{"query":"{ ok }","extensions":5}'),
    expect: 'any',
  },
  {
    name: 'a body that is not UTF-8',
    request: (route) => post(route, json, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
    expect: 'any',
  },
  {
    name: 'charset latin1',
    request: (route) => post(route, { 'content-type': 'application/json; charset=latin1' }, OK),
    expect: 'any',
  },
  {
    name: 'an unknown charset',
    request: (route) => post(route, { 'content-type': 'application/json; charset=x-nope' }, OK),
    expect: 'any',
  },
  {
    name: 'a UTF-16 body',
    request: (route) => post(route, { 'content-type': 'application/json; charset=utf-16' }, Buffer.from(OK, 'utf16le')),
    expect: 'any',
  },
  {
    name: 'an unknown content type',
    request: (route) => post(route, { 'content-type': 'application/x-nope' }, OK),
    expect: 'any',
  },
  { name: 'a broken content type', request: (route) => post(route, { 'content-type': ';;;=' }, OK), expect: 'any' },
  {
    name: 'multipart without a boundary',
    request: (route) => post(route, { 'content-type': 'multipart/form-data', 'x-graphql-yoga-csrf': '1' }, OK),
    expect: 'any',
  },
  {
    name: 'truncated multipart',
    request: (route) =>
      post(
        route,
        { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'x-graphql-yoga-csrf': '1' },
        truncatedMultipart,
      ),
    expect: 'any',
  },
  {
    name: 'a Content-Length longer than the body',
    request: (route) => post(route, { ...json, 'content-length': '5' }, '{"query":"{ ok }"}'),
    expect: 'any',
  },
  {
    name: 'a broken chunked body',
    request: (route) => post(route, { ...json, 'transfer-encoding': 'chunked' }, 'zz\r\n{}\r\n0\r\n\r\n'),
    expect: 'client',
  },
  {
    name: 'both Content-Length and chunked',
    request: (route) =>
      post(route, { ...json, 'transfer-encoding': 'chunked', 'content-length': '3' }, '3\r\n{}\n\r\n0\r\n\r\n'),
    expect: 'client',
  },
];

/** What no answer may hold: a stack frame, a source file or an absolute path of this machine. */
const LEAK = /(^|\n)\s*at |node_modules|file:\/\/|\/(work|home|root|usr|tmp)\/|\.ts:\d+/;

function checkAnswer(answer: RawAnswer, expectation: Case['expect']): void {
  expect(answer.status, 'an answer').toBeGreaterThan(0);
  expect(answer.status).toBeLessThan(500);
  if (expectation === 'client') expect(answer.status).toBeGreaterThanOrEqual(400);
  expect(answer.body).not.toMatch(LEAK);
  const typed = (answer.headers['content-type'] ?? '').startsWith('application/json') && answer.body !== '';
  if (typed && answer.status >= 400) {
    const body = JSON.parse(answer.body) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    for (const error of body.errors ?? []) {
      expect(ERROR_CODES).toContain(error.extensions?.code);
      expect(error.message.length).toBeLessThan(300);
    }
  }
}

describe('malformed requests on every route', () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))(
    '%s: a 4xx or a normal answer',
    async (_, testCase) => {
      const failures: string[] = [];
      for (const route of ROUTES) {
        const answer = await sendRaw(port, testCase.request(route));
        try {
          checkAnswer(answer, testCase.expect);
        } catch (error) {
          failures.push(`${route}: ${answer.status} ${answer.body.slice(0, 200)} (${(error as Error).message})`);
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it('answers the path of the issue, GET /%E0%A4%A, 400 BAD_USER_INPUT with a short message', async () => {
    const answer = await sendRaw(port, get('/%E0%A4%A'));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      errors: [
        { message: 'Malformed request: the path is not percent-encoded UTF-8', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
  });
});

describe('CORS', () => {
  const fromOrigin = (app: typeof testApp, origin: string, path = '/graphql') =>
    app.fetch(path, { method: 'POST', headers: { ...json, origin }, body: OK });
  const preflight = (app: typeof testApp, origin: string) =>
    app.fetch('/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization, x-graphql-yoga-csrf',
      },
    });

  it('grants no other origin by default: no Access-Control-Allow-Origin, on any route', async () => {
    for (const path of ['/graphql', '/healthz', '/export/nodes.csv', '/']) {
      const response = await fromOrigin(sameOriginOnly, EVIL_ORIGIN, path);
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
      expect(response.headers.get('access-control-allow-credentials'), path).toBeNull();
    }
    const answer = await preflight(sameOriginOnly, EVIL_ORIGIN);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('answers a same-origin page as before (the explorer sends its own Origin)', async () => {
    const response = await fromOrigin(sameOriginOnly, 'http://test');
    expect([response.status, await response.json()]).toEqual([200, { data: { ok: true } }]);
  });

  it('grants a listed origin, without credentials, and passes its preflight for the headers it needs', async () => {
    const response = await fromOrigin(testApp, ALLOWED_ORIGIN);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/Origin/);
    const answer = await preflight(testApp, ALLOWED_ORIGIN);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(answer.headers.get('access-control-allow-headers')).toBe('authorization, content-type, x-graphql-yoga-csrf');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('still refuses other origins when some are listed', async () => {
    const response = await fromOrigin(testApp, EVIL_ORIGIN);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(testApp, EVIL_ORIGIN)).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers', () => {
  it('are on every answer: pages, data, errors, refusals and preflights', async () => {
    const requests: Array<[string, Buffer]> = [
      ['the explorer', get('/')],
      ['an asset', get('/assets/app-123.js')],
      ['GraphQL', post('/graphql', json, OK)],
      ['GraphiQL', get('/graphql', { accept: 'text/html' })],
      ['a missing file', get('/assets/none.js')],
      ['a malformed path', get('/%E0%A4%A')],
      ['a bad key', get('/graphql?query=%7Bok%7D', { authorization: 'Bearer shk_x' })],
      ['a preflight', rawRequest('OPTIONS', '/graphql', { origin: EVIL_ORIGIN })],
      ['an export without a key', get('/export/nodes.csv')],
    ];
    for (const [name, request] of requests) {
      const { headers } = await sendRaw(port, request);
      expect(headers['x-content-type-options'], name).toBe('nosniff');
      expect(headers['x-frame-options'], name).toBe('DENY');
      expect(headers['referrer-policy'], name).toBe('no-referrer');
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, name).toContain("frame-ancestors 'none'");
      expect(csp, name).toContain("default-src 'self'");
      expect(csp, name).toContain("script-src 'self';");
      expect(csp, name).not.toMatch(/unsafe-eval|https?:|\*/);
    }
  });
});

describe('GraphiQL from this server alone', () => {
  it('names no other host and serves every script, style and worker it uses', async () => {
    const page = await sendRaw(port, get('/graphql', { accept: 'text/html' }));
    expect(page.status).toBe(200);
    expect(page.body).not.toMatch(/https?:\/\//);
    expect(page.body).toContain('SearchOrganizations');
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    const environment = await testApp.fetch('/graphiql/monaco-environment.js').then((response) => response.text());
    const workers = ['editor.worker.js', 'json.worker.js', 'graphql.worker.js'];
    for (const worker of workers) expect(environment).toContain(worker);
    const types: Record<string, RegExp> = { '.js': /^text\/javascript/, '.css': /^text\/css/, '.ico': /^image\// };
    for (const path of [...assets, ...workers.map((worker) => `/graphiql/${worker}`)]) {
      const response = await testApp.fetch(path, { method: 'HEAD' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(types[path.slice(path.lastIndexOf('.'))] ?? /^$/);
    }
  });
});
