import { describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line), env });
  return { code, out, err: err.join('\n') };
}

describe('data CLI', () => {
  it('prints the usage for an unknown subcommand and exits 2', async () => {
    const result = await run(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^data: unknown subcommand "frobnicate"\nusage: pnpm data <seed>/);
  });

  it('rejects an unknown flag in one line', async () => {
    expect(await run(['seed', '--force'])).toEqual({ code: 2, out: [], err: 'data seed: unknown argument "--force"' });
  });

  it('reports bad configuration in one line, before touching any database', async () => {
    const result = await run(['seed'], { NEO4J_URI: 'http://localhost:7474' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^data seed: NEO4J_URI must look like bolt:\/\/host:7687/);
    expect(result.err).not.toContain('\n');
  });
});
