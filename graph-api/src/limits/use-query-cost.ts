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

/** QUERY_TOO_COMPLEX for each of the cost and the worker jobs over the caller's limit (with the limit crossed). */
function overBudget(operation: Operation, computations: ComputationCounts): AppError[] {
  const request = requestOf(operation.context);
  const limits = limitsFor(request ? requestActor(request).role : 'public').query;
  const budget = limits.cost;
  const priced = queryCost({
    schema: operation.schema,
    document: operation.document,
    operationName: operation.operationName ?? null,
    variables: (operation.variables ?? null) as Record<string, unknown> | null,
    computations,
    computationCost: COMPUTATION_COST,
  });
  if (priced === null) return [];
  const errors: AppError[] = [];
  if (priced.cost > budget) {
    const message = `Query cost ${priced.cost} exceeds the budget of ${budget}; ask for fewer items (first, limit)`;
    errors.push(new AppError('QUERY_TOO_COMPLEX', message, { limit: 'cost', cost: priced.cost, budget }));
  }
  if (priced.jobs > limits.computations) {
    const message =
      `The query starts ${priced.jobs} analytics, matching or path computations; ` +
      `at most ${limits.computations} in one request (ask for fewer dates, scopes or fields at once)`;
    errors.push(
      new AppError('QUERY_TOO_COMPLEX', message, {
        limit: 'computations',
        cost: priced.jobs,
        budget: limits.computations,
      }),
    );
  }
  return errors;
}

export function useQueryCost(computations: ComputationCounts): Plugin {
  return {
    // A document refused by another limit is priced too, so the answer lists every limit crossed.
    onValidate({ params, context }) {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        const asked = (context as { params?: { operationName?: string | null; variables?: unknown } }).params;
        try {
          const errors = overBudget(
            { schema: params.schema, document: params.documentAST, ...asked, context },
            computations,
          );
          if (errors.length > 0) setResult([...result, ...errors]);
        } catch {
          // A document invalid in other ways may not be priceable; its other errors answer it.
        }
      };
    },
    onExecute({ args, setResultAndStopExecution }) {
      const errors = overBudget(
        {
          schema: args.schema,
          document: args.document,
          operationName: args.operationName,
          variables: args.variableValues,
          context: args.contextValue,
        },
        computations,
      );
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
