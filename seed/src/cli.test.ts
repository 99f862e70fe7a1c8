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
    expect(result.err).toMatch(
      /^data: unknown subcommand "frobnicate"\nusage: pnpm data <seed\|import\|export\|generate>/,
    );
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

  it('checks the import, export and generate command lines before touching any database', async () => {
    expect(await run(['import'])).toEqual({
      code: 2,
      out: [],
      err: 'data import: name the files or folders to import',
    });
    expect(await run(['import', 'x.csv', '--encoding', 'latin1'])).toEqual({
      code: 2,
      out: [],
      err: 'data import: --encoding must be one of auto, utf8, cp949, got "latin1"',
    });
    expect(await run(['import', 'x.csv', '--batch-size'])).toEqual({
      code: 2,
      out: [],
      err: 'data import: --batch-size needs a value',
    });
    expect(await run(['export', '--kinds', 'COMPANY'])).toEqual({
      code: 2,
      out: [],
      err: 'data export: --out DIR is required',
    });
    expect(await run(['export', '--out', '/tmp/x', '--kinds', 'ALIEN'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^data export: --kinds: "ALIEN" is not one of COMPANY/),
    });
    expect(await run(['generate', '--orgs', '10', '--links', '5', '--out', '/tmp/x', '--prefix', 'gen'])).toMatchObject(
      { code: 2, err: expect.stringMatching(/^data generate: --prefix must be/) },
    );
  });

  it('reports a file that does not exist as a problem, not a stack trace', async () => {
    const result = await run(['import', '/nowhere/organizations.csv'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(result).toEqual({
      code: 1,
      out: [],
      err:
        'data import: /nowhere/organizations.csv has 1 problem; nothing was written\n/nowhere/organizations.csv: ' +
        'expected a file or folder that exists',
    });
  });
});
