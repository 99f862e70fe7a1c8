// Guards on an operation while it executes, per role (limits-config.ts, `run`): a wall-clock budget, after which the
// caller gets a typed error and the operation's Neo4j work is stopped, and a cap on the answer's size. Place it before
// the execution queue, so the clock starts when the operation's turn comes.
import { randomUUID } from 'node:crypto';
import { getOperationAST, Kind, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { withCallScope, type Database } from '@siheung/core/db';
import { requestActor } from '../auth/actor.ts';
import type { AppConfig } from '../config/load-config.ts';
import { AppError } from '../errors/app-errors.ts';
import { limitsFor, type RunLimits } from './limits-config.ts';

/** Root fields with a budget of their own: the upload's import runs under IMPORT_TIMEOUT_MS, not the role's. */
const IMPORT_FIELD = 'importData';

function rootFields(document: DocumentNode, operationName: string | null | undefined): string[] {
  const operation = getOperationAST(document, operationName);
  return (operation?.selectionSet.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
}

const outOfTime = (budgetMs: number): ExecutionResult => ({
  errors: [
    new AppError('QUERY_TOO_COMPLEX', `The request took longer than its ${budgetMs} ms budget and was stopped`, {
      limit: 'wallClock',
      budgetMs,
    }),
  ],
});

const tooLarge = (maxBytes: number): ExecutionResult => ({
  errors: [
    new AppError('RESPONSE_TOO_LARGE', `The answer is larger than the ${maxBytes} bytes this caller may receive`, {
      maxBytes,
    }),
  ],
});

/** The answer's size as sent (JSON, UTF-8); streamed answers (none today) are not measured. */
function answerBytes(result: unknown): number {
  return Buffer.byteLength(JSON.stringify(result));
}

/**
 * `overrides` replaces the role's values (tests use it to reach the limits quickly). Work left behind by an operation
 * out of time cannot reach Neo4j any more: each of its transactions carries the deadline as its timeout and a tag
 * that is terminated when the time is up, and a call it starts afterwards is refused before it is sent.
 */
export function useRunGuards(db: Database, config: AppConfig, overrides: Partial<RunLimits> = {}): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      const role = request ? requestActor(request).role : 'public';
      const limits = { ...limitsFor(role).run, ...overrides };
      const importing = rootFields(args.document, args.operationName).includes(IMPORT_FIELD);
      const budgetMs = importing ? config.import.timeoutMs : limits.wallClockMs;
      setExecuteFn(async (executeArgs) => {
        const tag = `request-${randomUUID()}`;
        const work = Promise.resolve(
          withCallScope({ deadlineAt: Date.now() + budgetMs, tag }, () => executeFn(executeArgs)),
        );
        let timer: ReturnType<typeof setTimeout> | undefined;
        const expired = new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), budgetMs);
        });
        const result = await Promise.race([work, expired]).finally(() => clearTimeout(timer));
        if (result === null) {
          // Whatever the abandoned work ends with is not anyone's answer any more.
          work.catch(() => undefined);
          await db.terminateTagged(tag).catch(() => 0);
          return outOfTime(budgetMs);
        }
        if (Symbol.asyncIterator in Object(result)) return result;
        return answerBytes(result) > limits.responseBytes ? tooLarge(limits.responseBytes) : result;
      });
    },
  };
}
