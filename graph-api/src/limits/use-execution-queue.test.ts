// The execution queue: at most `concurrency` operations execute at once, and a waiting mutation goes first.
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useExecutionQueue } from './use-execution-queue.ts';

/** A schema whose fields wait until the test lets them finish, recording the order they started in. */
function blockingApp(concurrency: number) {
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
    plugins: [useExecutionQueue(concurrency)],
    logging: false,
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
  return { started, send, releaseAll };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('useExecutionQueue', () => {
  it('executes at most its concurrency at once and lets a waiting mutation go before waiting queries', async () => {
    const { started, send, releaseAll } = blockingApp(2);
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
});
