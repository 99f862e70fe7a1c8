// Turns any error of the data CLI into the lines to print: one clear line each, never a stack trace.
import { ConfigError } from '@siheung/core/config';
import { DbError } from '@siheung/core/db';
import { DatasetInvalidError, formatProblem } from '../dataset/index.ts';
import { ExportEncodingError } from '../export/index.ts';
import { LoadError, PartialLoadError } from '../load/index.ts';
import { UsageError } from './command.ts';

export function describeError(error: unknown, command: string, env: NodeJS.ProcessEnv = {}): string[] {
  const prefix = `data ${command}:`;
  if (error instanceof DatasetInvalidError) {
    const count = error.problems.length === 1 ? '1 problem' : `${error.problems.length} problems`;
    return [`${prefix} ${error.location} has ${count}; nothing was written`, ...error.problems.map(formatProblem)];
  }
  if (error instanceof ConfigError || error instanceof UsageError) return [`${prefix} ${error.message}`];
  if (error instanceof ExportEncodingError) {
    return [
      `${prefix} ${error.problems.length} values cannot be written in CP949 (export as --encoding utf8 or ` +
        `utf8-bom); nothing was written`,
      ...error.problems.map(formatProblem),
    ];
  }
  if (error instanceof DbError) {
    const hint =
      error.kind !== 'UNAVAILABLE'
        ? ''
        : env.NEO4J_URI
          ? ` (is Neo4j running at ${env.NEO4J_URI}? \`pnpm db:start\` starts a local one)`
          : ' (is the local Neo4j running? `pnpm db:start` starts it)';
    return [`${prefix} ${error.message.split('\n')[0]}${hint}; nothing was written`];
  }
  if (error instanceof PartialLoadError) {
    const inner = describeError(error.failure, command, env)[0]?.replace(/; nothing was written$/, '') ?? prefix;
    const committed = `${error.committedBatches} of ${error.totalBatches} batches were committed`;
    return [
      `${inner}; ${committed}: rerun the same import to complete it (a rerun reaches the same state as an ` +
        `uninterrupted import)`,
    ];
  }
  if (error instanceof LoadError) return [`${prefix} ${error.message}; nothing was written`];
  const message = error instanceof Error ? error.message : String(error);
  return [`${prefix} ${message.split('\n')[0]}`];
}
