// One validation rule per role and mode that applies that role's query limits (graphql-armor's visitors plus
// token, operation and introspection checks) and reports QUERY_TOO_COMPLEX / FORBIDDEN errors. The cost needs the
// variables, so it is checked when execution starts (use-query-cost.ts), not here.
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  visitInParallel,
  type ASTVisitor,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Role } from '../auth/actor.ts';
import type { AppConfig } from '../config/load-config.ts';
import { introspectionAllowed, limitsFor, type QueryLimits } from './limits-config.ts';

type Limit = Exclude<keyof QueryLimits, 'cost'>;

export const tooComplex = (limit: Limit, message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit } });

/** armor reports by throwing unless told otherwise; we report instead, so every limit crossed is listed. */
function armorOptions(limit: Limit, n: number) {
  return {
    n,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(tooComplex(limit, error.message.replace(/^Syntax Error: /, ''))),
    ],
  };
}

export function countTokens(body: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(body));
  let count = 0;
  // The lexer skips comments: they are free, as in graphql-armor's max-tokens.
  while (lexer.advance().kind !== TokenKind.EOF && count <= stopAfter) count += 1;
  return count;
}

function documentLimits(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const operations = document.definitions.filter(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION,
      ).length;
      if (operations > limits.operations) {
        context.reportError(
          tooComplex('operations', `Operations limit of ${limits.operations} exceeded, found ${operations}.`),
        );
      }
      const body = document.loc?.source.body;
      const tokens = body === undefined ? 0 : countTokens(body, limits.tokens);
      if (tokens > limits.tokens)
        context.reportError(tooComplex('tokens', `Token limit of ${limits.tokens} exceeded.`));
    },
  });
}

function noIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(field) {
      if (field.name.value === '__schema' || field.name.value === '__type') {
        context.reportError(
          new GraphQLError('Introspection is not available without an API key', {
            nodes: [field],
            extensions: { code: 'FORBIDDEN' },
          }),
        );
      }
    },
  };
}

function buildRule(role: Role, mode: AppConfig['mode']): ValidationRule {
  const limits = limitsFor(role).query;
  const rules: ValidationRule[] = [
    documentLimits(limits),
    // Introspection's own nesting is bounded by graphql-js's MaxIntrospectionDepthRule, so armor may skip it.
    maxDepthRule({ ...armorOptions('depth', limits.depth), ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule(armorOptions('aliases', limits.aliases)),
    maxDirectivesRule(armorOptions('directives', limits.directives)),
  ];
  if (!introspectionAllowed(role, mode)) rules.push(noIntrospection);
  const rule: ValidationRule = (context) => visitInParallel(rules.map((each) => each(context)));
  // yoga caches validation results by the rules' names: each role and mode needs a name of its own.
  Object.defineProperty(rule, 'name', { value: `SiheungQueryLimits_${role}_${mode}` });
  return rule;
}

const built = new Map<string, ValidationRule>();

/** The rule for a role and mode (the same function each time, so yoga's validation cache can keep its results). */
export function queryLimitRule(role: Role, mode: AppConfig['mode']): ValidationRule {
  const key = `${role}:${mode}`;
  let rule = built.get(key);
  if (!rule) built.set(key, (rule = buildRule(role, mode)));
  return rule;
}
