// The execution queue: at most `concurrency` operations execute at once, a waiting mutation goes first, and the line
// is bounded in length and in waiting time (SERVICE_BUSY, 503, Retry-After).
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { maskError } from '../errors/mask-error.ts';
import { useExecutionQueue, type ExecutionQueueOptions } from './use-execution-queue.ts';

/** A schema whose fields wait until the test lets them finish, recording the order they started in. */
function blockingApp(options: Partial<ExecutionQueueOptions>) {
  const started: string[] = [];
  const releases: (() => void)[] = [];
  const wait = (name: string) =>
    new Promise<string>((resolve) => {
      started.push(name);
      releases.push(() => resolve(name));
    });
  const app = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { read(name: String!): String } type Mutation { write(name: String!): String }',
      resolvers: {
        Query: { read: (_: unknown, { name }: { name: string }) => wait(name) },
        Mutation: { write: (_: unknown, { name }: { name: string }) => wait(name) },
      },
    }),
    plugins: [useExecutionQueue(options)],
    maskedErrors: { maskError },
    logging: false,
  });
  const post = (query: string) =>
    app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  const send = async (query: string): Promise<{ data: Record<string, string> }> => {
    const body = JSON.stringify({ query });
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return (await response.json()) as { data: Record<string, string> };
  };
  const releaseAll = () => releases.splice(0).forEach((release) => release());
  return { started, send, post, releaseAll };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('useExecutionQueue', () => {
  it('executes at most its concurrency at once and lets a waiting mutation go before waiting queries', async () => {
    const { started, send, releaseAll } = blockingApp({ concurrency: 2 });
    const answers = ['r1', 'r2', 'r3', 'r4'].map((name) => send(`{ read(name: "${name}") }`));
    await settle();
    const mutation = send('mutation { write(name: "w") }');
    await settle();
    expect(started).toEqual(['r1', 'r2']);

    // Each release lets the next waiting operations through, the mutation first.
    while (started.length < 5) {
      releaseAll();
      await settle();
    }
    releaseAll();
    expect(started).toEqual(['r1', 'r2', 'w', 'r3', 'r4']);
    expect((await mutation).data).toEqual({ write: 'w' });
    expect((await Promise.all(answers)).map((answer) => answer.data.read)).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('refuses an operation with SERVICE_BUSY when the line is full, without running it', async () => {
    const { started, send, post, releaseAll } = blockingApp({ concurrency: 1, maxWaiting: 2, retryAfterSeconds: 3 });
    const admitted = ['r1', 'r2', 'r3'].map((name) => send(`{ read(name: "${name}") }`));
    await settle();
    const refused = await post('{ read(name: "r4") }');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('3');
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'SERVICE_BUSY', retryAfter: 3 });
    while (started.length < 3) {
      releaseAll();
      await settle();
    }
    releaseAll();
    expect(started).toEqual(['r1', 'r2', 'r3']);
    expect((await Promise.all(admitted)).map((answer) => answer.data.read)).toEqual(['r1', 'r2', 'r3']);
  });

  it('answers SERVICE_BUSY to an operation whose turn does not come in time; the others run', async () => {
    const { started, send, post, releaseAll } = blockingApp({ concurrency: 1, maxWaitMs: 50 });
    const first = send('{ read(name: "r1") }');
    await settle();
    const late = await post('{ read(name: "r2") }');
    expect(late.status).toBe(503);
    expect(((await late.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'SERVICE_BUSY',
    );
    releaseAll();
    expect((await first).data).toEqual({ read: 'r1' });
    const next = send('{ read(name: "r3") }');
    await settle();
    releaseAll();
    expect((await next).data).toEqual({ read: 'r3' });
    expect(started).toEqual(['r1', 'r3']);
  });
});
