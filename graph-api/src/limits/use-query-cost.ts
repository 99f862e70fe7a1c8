// Prices each operation with its variables before any resolver runs (query-cost.ts) and refuses one over the caller's
// budget with QUERY_TOO_COMPLEX carrying `cost` and `budget`. Validation results are cached per document, and the
// variables change the cost, so this runs where they are known: when execution starts.
import type { Plugin } from 'graphql-yoga';
import { requestActor } from '../auth/actor.ts';
import { AppError } from '../errors/app-errors.ts';
import { COMPUTATION_COST, limitsFor } from './limits-config.ts';
import { queryCost, type ComputationCounts } from './query-cost.ts';
import { requestOf } from './use-query-limits.ts';

export function useQueryCost(computations: ComputationCounts): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const request = requestOf(args.contextValue);
      const budget = limitsFor(request ? requestActor(request).role : 'public').query.cost;
      const priced = queryCost({
        schema: args.schema,
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues as Record<string, unknown> | null | undefined,
        computations,
        computationCost: COMPUTATION_COST,
      });
      if (priced !== null && priced.cost > budget) {
        const message = `Query cost ${priced.cost} exceeds the budget of ${budget}; ask for fewer items (first, limit)`;
        setResultAndStopExecution({
          errors: [new AppError('QUERY_TOO_COMPLEX', message, { limit: 'cost', cost: priced.cost, budget })],
        });
      }
    },
  };
}
