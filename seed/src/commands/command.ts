// The shape of a data CLI subcommand, and the error for a wrong command line.

export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Where progress bars go (stderr when run from a terminal); absent: no progress shown. */
  progress?: NodeJS.WriteStream;
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
