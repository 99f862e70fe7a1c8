// Prices each operation with its variables before any resolver runs (query-cost.ts) and refuses one over the caller's
// budget with QUERY_TOO_COMPLEX carrying `cost` and `budget`. Validation results are cached per document, and the
// variables change the cost, so this runs where they are known: when execution starts.
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { requestActor } from '../auth/actor.ts';
import { AppError } from '../errors/app-errors.ts';
import { COMPUTATION_COST, limitsFor } from './limits-config.ts';
import { queryCost, type ComputationCounts } from './query-cost.ts';
import { requestOf } from './use-query-limits.ts';

interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: unknown;
  context: unknown;
}

/** QUERY_TOO_COMPLEX with the cost and the caller's budget, or null within it. */
function overBudget(operation: Operation, computations: ComputationCounts): AppError | null {
  const request = requestOf(operation.context);
  const budget = limitsFor(request ? requestActor(request).role : 'public').query.cost;
  const priced = queryCost({
    schema: operation.schema,
    document: operation.document,
    operationName: operation.operationName ?? null,
    variables: (operation.variables ?? null) as Record<string, unknown> | null,
    computations,
    computationCost: COMPUTATION_COST,
  });
  if (priced === null || priced.cost <= budget) return null;
  const message = `Query cost ${priced.cost} exceeds the budget of ${budget}; ask for fewer items (first, limit)`;
  return new AppError('QUERY_TOO_COMPLEX', message, { limit: 'cost', cost: priced.cost, budget });
}

export function useQueryCost(computations: ComputationCounts): Plugin {
  return {
    // A document refused by another limit is priced too, so the answer lists every limit crossed.
    onValidate({ params, context }) {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        const asked = (context as { params?: { operationName?: string | null; variables?: unknown } }).params;
        try {
          const error = overBudget(
            { schema: params.schema, document: params.documentAST, ...asked, context },
            computations,
          );
          if (error) setResult([...result, error]);
        } catch {
          // A document invalid in other ways may not be priceable; its other errors answer it.
        }
      };
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = overBudget(
        {
          schema: args.schema,
          document: args.document,
          operationName: args.operationName,
          variables: args.variableValues,
          context: args.contextValue,
        },
        computations,
      );
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
