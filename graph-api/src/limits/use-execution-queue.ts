// A bounded number of GraphQL operations execute at once; the others wait their turn, mutations first, for a bounded
// time in a bounded line: past either bound the answer is SERVICE_BUSY (503, Retry-After).
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import PQueue from 'p-queue';
import { serviceBusy } from '../errors/app-errors.ts';
import { EXECUTION_CONCURRENCY, EXECUTION_QUEUE } from './limits-config.ts';

export interface ExecutionQueueOptions {
  concurrency: number;
  maxWaiting: number;
  maxWaitMs: number;
  retryAfterSeconds: number;
}

const DEFAULTS: ExecutionQueueOptions = { concurrency: EXECUTION_CONCURRENCY, ...EXECUTION_QUEUE };

const busy = (reason: string, retryAfterSeconds: number): ExecutionResult => ({
  errors: [serviceBusy(`The server is busy: ${reason}`, retryAfterSeconds)],
});

/**
 * One process answers every caller on one thread: with a hundred reads executing at once, each step of any request
 * waits behind all of them, and a mutation, which takes several steps in a row, is starved. Here at most
 * `concurrency` operations execute at a time; the rest wait before their first resolver runs, where waiting costs
 * nothing, and a waiting mutation goes before waiting queries, which keep their order. The line is bounded in length
 * and in time, so no caller can queue minutes of work ahead of everyone: an operation refused there has not run.
 */
export function useExecutionQueue(options: Partial<ExecutionQueueOptions> = {}): Plugin {
  const { concurrency, maxWaiting, maxWaitMs, retryAfterSeconds } = { ...DEFAULTS, ...options };
  const queue = new PQueue({ concurrency });
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const mutation = getOperationAST(args.document, args.operationName)?.operation === 'mutation';
      setExecuteFn(async (executeArgs) => {
        if (queue.pending >= concurrency && queue.size >= maxWaiting)
          return busy(`${maxWaiting} operations are already waiting`, retryAfterSeconds);
        const waited = new AbortController();
        const timer = setTimeout(() => waited.abort(), maxWaitMs);
        try {
          return await queue.add(
            () => {
              clearTimeout(timer);
              return executeFn(executeArgs);
            },
            { priority: mutation ? 1 : 0, signal: waited.signal },
          );
        } catch (error) {
          if (waited.signal.aborted) return busy(`no turn came within ${maxWaitMs} ms`, retryAfterSeconds);
          throw error;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
