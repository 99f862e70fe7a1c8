// Applies the caller's query limits (limits-config.ts) while a document is parsed and validated.
// Place it after the authentication plugin: it reads the role with requestActor.
import { GraphQLError, parse, type ParseOptions, type Source } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { requestActor } from '../auth/actor.ts';
import type { AppConfig } from '../config/load-config.ts';
import { introspectionAllowed, PARSER_MAX_TOKENS } from './limits-config.ts';
import { queryLimitRule, tooComplex } from './query-limit-rule.ts';

// graphql-js words it "more that N tokens".
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;

/** The parse step is cached by document text for every caller alike, so here only the largest role's limit applies. */
export function parseWithTokenLimit(source: string | Source, options?: ParseOptions) {
  return parse(source, { ...options, maxTokens: PARSER_MAX_TOKENS });
}

/**
 * The parser's own token error, as the QUERY_TOO_COMPLEX error the largest role's limit gives; other errors as they
 * are.
 */
export function asLimitError(error: Error): Error {
  return TOO_MANY_TOKENS.test(error.message)
    ? tooComplex('tokens', `Token limit of ${PARSER_MAX_TOKENS} exceeded.`)
    : error;
}

/** yoga puts the request in the context (its Request class may not be this realm's global one). */
export function requestOf(context: unknown): Request | null {
  const request = (context as { request?: unknown } | null)?.request;
  return typeof request === 'object' && request !== null ? (request as Request) : null;
}

function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = error.message.replace(/ Did you mean .*\?$/, '');
  return message === error.message
    ? error
    : new GraphQLError(message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: error.extensions,
      });
}

export function useQueryLimits(config: AppConfig): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn(parseWithTokenLimit);
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error) replaceParseResult(asLimitError(result));
      };
    },
    onValidate({ context, addValidationRule }) {
      const request = requestOf(context);
      const role = request ? requestActor(request).role : 'public';
      addValidationRule(queryLimitRule(role, config.mode));
      const hideSchema = !introspectionAllowed(role, config.mode);
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(
          result.map((error) => {
            // graphql-js's own guard against cyclic introspection (fields { type { fields … } }) is a limit too.
            if (error.message === 'Maximum introspection depth exceeded') return tooComplex('depth', error.message);
            // Suggestions name fields and types: a map of the schema for callers who may not see it.
            return hideSchema ? withoutSuggestions(error) : error;
          }),
        );
      };
    },
  };
}
