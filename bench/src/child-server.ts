// Runs a server (the product's API, the peer) in its own Node process, as in production, and stops it with the run.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../neo4j/local-neo4j.ts';
import { onCleanup } from './bench-neo4j.ts';

export interface ChildServer {
  url: string;
  /** The process started (`tsx`, which runs the script in a Node process of its own: a child of this one). */
  pid: number;
  stop(): Promise<void>;
}

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

/** Starts `tsx script` with `env` and resolves once a line matches `ready` (rejects if it exits first). */
export function startChildServer(
  name: string,
  script: string,
  env: Record<string, string>,
  url: string,
  ready: RegExp,
): Promise<ChildServer> {
  const child = spawn(TSX, [script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const forget = onCleanup(stop);
  return new Promise((resolveStart, rejectStart) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (ready.test(output)) resolveStart({ url, pid: child.pid!, stop: async () => (forget(), await stop()) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      rejectStart(
        new Error(
          `bench: ${name} exited (${String(code)}) before it was ready: ` +
            `${output.trim().split('\n').slice(-3).join(' | ')}`,
        ),
      ),
    );
  });
}

/** POSTs one GraphQL request; rejects on HTTP or GraphQL errors. */
export async function postGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string | null = null,
): Promise<unknown> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token === null ? {} : { authorization: `Bearer ${token}` }),
  };
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors !== undefined)
    throw new Error(`bench: GraphQL error at ${url}: ${JSON.stringify(body.errors ?? response.status).slice(0, 300)}`);
  return body.data;
}
