// Parse and validation errors describe the caller's own document: shown as BAD_USER_INPUT (our closed set),
// unless a rule already gave one of our codes (the query limits' QUERY_TOO_COMPLEX, FORBIDDEN).
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../errors/app-errors.ts';

function asBadUserInput(error: Error): GraphQLError {
  const located = error as Partial<GraphQLError>;
  const typed = (ERROR_CODES as readonly unknown[]).includes(located.extensions?.code);
  return new GraphQLError(error.message, {
    nodes: located.nodes,
    source: located.source,
    positions: located.positions,
    extensions: typed ? located.extensions : { code: 'BAD_USER_INPUT' },
  });
}

export function useTypedDocumentErrors(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map(asBadUserInput));
      };
    },
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error) replaceParseResult(asBadUserInput(result));
      };
    },
  };
}
