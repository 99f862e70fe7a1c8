// The data CLI: `pnpm data <subcommand>` (seed, import, export, generate), one table of subcommands.
// Errors print one line each (a dataset problem: one line per problem) and exit non-zero.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { UsageError, type Command, type CommandIo } from './commands/command.ts';
import { describeError } from './commands/describe-error.ts';
import { exportCommand } from './commands/export-command.ts';
import { generateCommand } from './commands/generate-command.ts';
import { importCommand } from './commands/import-command.ts';
import { seedCommand } from './commands/seed-command.ts';

const COMMANDS: readonly Command[] = [seedCommand, importCommand, exportCommand, generateCommand];

export function usage(): string {
  return (
    `usage: pnpm data <${COMMANDS.map((command) => command.name).join('|')}> ` +
    `…\n${COMMANDS.map((command) => `  ${command.name} ${command.usage}  ${command.summary}`).join('\n')}`
  );
}

/** Runs one command line; returns the exit code (0 ok, 1 failed, 2 wrong usage). */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(
      name === undefined || name === '--help' || name === '-h'
        ? usage()
        : `data: unknown subcommand "${name}"\n${usage()}`,
    );
    return name === '--help' || name === '-h' ? 0 : 2;
  }
  try {
    await command.run(args, io);
    return 0;
  } catch (error) {
    for (const line of describeError(error, command.name, io.env)) io.err(line);
    return error instanceof UsageError ? 2 : 1;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isMain) {
  const io: CommandIo = {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    env: process.env,
    progress: process.stderr,
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
