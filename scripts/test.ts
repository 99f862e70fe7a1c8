// `pnpm test`: the checks that need no database (lint, the format check, the `typecheck` script's projects, the
// explorer build) run side by side, as many at a time as the machine has cores, then vitest runs every test tier.
// The checks are independent single-threaded processes, so running them in sequence left cores idle.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';

interface Check {
  name: string;
  command: string;
  args: string[];
}

/** The type-checks are the `typecheck` script's own projects, so the two never list different ones. */
function typeChecks(): Check[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const script = scripts.typecheck ?? '';
  return [...script.matchAll(/tsc -p (\S+)/g)].map(([, project]) => ({
    name: `typecheck ${project!.replace(/\/?(tsconfig\.json)?$/, '').replace(/^\.$/, '') || 'root'}`,
    command: 'tsc',
    args: ['-p', project!],
  }));
}

const CHECKS: Check[] = [
  { name: 'lint', command: 'eslint', args: ['--max-warnings', '0', '.'] },
  { name: 'format', command: 'pnpm', args: ['format:check'] },
  ...typeChecks(),
  { name: 'build explorer', command: 'pnpm', args: ['--filter', '@siheung/explorer', 'build'] },
];

function run(command: string, args: string[], quiet: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.once('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

async function runChecks(): Promise<boolean> {
  const queue = [...CHECKS];
  let ok = true;
  const worker = async (): Promise<void> => {
    for (let check = queue.shift(); check; check = queue.shift()) {
      const started = performance.now();
      // Output is held until the check ends, so that parallel checks never interleave their lines.
      const { code, output } = await run(check.command, check.args, true);
      console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${check.name} (${seconds(started)})`);
      if (code !== 0) {
        ok = false;
        process.stdout.write(output);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return ok;
}

const started = performance.now();
if (!(await runChecks())) {
  console.error('pnpm test: checks failed, tests not run');
  process.exit(1);
}
console.log(`checks done (${seconds(started)})`);
// Extra arguments go to vitest (`pnpm test -- --project unit`).
const vitestArgs = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
const tests = await run('vitest', ['run', ...vitestArgs], false);
console.log(`pnpm test: ${seconds(started)} in all`);
process.exit(tests.code);
