// The shape of a data CLI subcommand, and the error for a wrong command line.

export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  readonly name: string;
  /** Arguments after the subcommand, as shown in the usage line. */
  readonly usage: string;
  readonly summary: string;
  run(args: readonly string[], io: CommandIo): Promise<void>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Splits arguments into known flags; anything else is a usage error. */
export function parseFlags<const F extends string>(args: readonly string[], allowed: readonly F[]): Set<F> {
  const flags = new Set<F>();
  for (const arg of args) {
    if (!(allowed as readonly string[]).includes(arg)) throw new UsageError(`unknown argument "${arg}"`);
    flags.add(arg as F);
  }
  return flags;
}
