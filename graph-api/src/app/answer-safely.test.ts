// The outermost handler: malformed targets answer 400 before the app runs, errors that describe the request keep a
// 4xx, and anything else is a masked 500 whose cause goes to the log, never to the client.
import { describe, expect, it } from 'vitest';
import { answerSafely } from './answer-safely.ts';

const ok = () => new Response('fine');
const throwing = (error: unknown) => () => {
  throw error;
};

async function answer(handler: () => Response, request: Request = new Request('http://test/graphql')) {
  const lines: string[] = [];
  const response = await answerSafely(handler, (line) => lines.push(line))(request, {});
  return { status: response.status, body: await response.text(), lines };
}

describe('answerSafely', () => {
  it('passes good requests and their answers through', async () => {
    expect(await answer(ok)).toEqual({ status: 200, body: 'fine', lines: [] });
  });

  it('refuses a path that is not percent-encoded UTF-8, or a URL that does not parse, before the app', async () => {
    for (const request of [
      new Request('http://test/%E0%A4%A'),
      new Request('http://test/graphql/%FF'),
      { url: 'http://[broken/healthz', method: 'GET' } as Request,
    ]) {
      const { status, body, lines } = await answer(throwing(new Error('the app must not run')), request);
      expect(status).toBe(400);
      expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      expect(lines).toEqual([]);
    }
  });

  it('keeps the 4xx of an error that describes the request', async () => {
    expect((await answer(throwing(Object.assign(new Error('too big'), { status: 413 })))).status).toBe(413);
    expect((await answer(throwing(new URIError('URI malformed')))).status).toBe(400);
  });

  it('masks anything else as 500 INTERNAL_SERVER_ERROR, with the stack in the log only', async () => {
    const { status, body, lines } = await answer(throwing(new TypeError('secret detail at /srv/app.ts:3')));
    expect(status).toBe(500);
    expect(JSON.parse(body)).toEqual({
      errors: [{ message: 'Unexpected error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^graph-api: unexpected error answering GET \/graphql: TypeError: secret detail/);
  });
});
