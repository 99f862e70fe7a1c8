// A bounded number of GraphQL operations execute at once; the others wait their turn, mutations first.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import PQueue from 'p-queue';
import { EXECUTION_CONCURRENCY } from './limits-config.ts';

/**
 * One process answers every caller on one thread: with a hundred reads executing at once, each step of any request
 * waits behind all of them, and a mutation, which takes several steps in a row, is starved. Here at most
 * `concurrency` operations execute at a time; the rest wait before their first resolver runs, where waiting costs
 * nothing, and a waiting mutation goes before waiting queries, which keep their order.
 */
export function useExecutionQueue(concurrency = EXECUTION_CONCURRENCY): Plugin {
  const queue = new PQueue({ concurrency });
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const mutation = getOperationAST(args.document, args.operationName)?.operation === 'mutation';
      setExecuteFn((executeArgs) => queue.add(() => executeFn(executeArgs), { priority: mutation ? 1 : 0 }));
    },
  };
}
