// Parse and validation errors describe the caller's own document: shown as BAD_USER_INPUT (our closed set).
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function asBadUserInput(error: Error): GraphQLError {
  const located = error as Partial<GraphQLError>;
  return new GraphQLError(error.message, {
    nodes: located.nodes,
    source: located.source,
    positions: located.positions,
    extensions: { code: 'BAD_USER_INPUT' },
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
