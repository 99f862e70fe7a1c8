// Checks every query limit of every role at its boundary (n passes validation, n + 1 is QUERY_TOO_COMPLEX),
// the bypass attempts, introspection by role and mode, and that the explorer's own documents fit the public limits.
import { readFileSync } from 'node:fs';
import { buildSchema, getIntrospectionQuery, specifiedRules, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/actor.ts';
import {
  depthDocument,
  explorerOperations,
  fragmentDepthDocument,
  LIMIT_DOCUMENTS,
} from '../../test/limit-documents.ts';
import { introspectionAllowed, LIMITS, limitsFor, type QueryLimits } from './limits-config.ts';
import { countTokens, queryLimitRule } from './query-limit-rule.ts';
import { asLimitError, parseWithTokenLimit } from './use-query-limits.ts';

// The printed schema (graph-api/schema.graphql) is the API's contract; validation needs no resolvers.
const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const ROLES = Object.keys(LIMITS) as Role[];
const CAPABILITY = 'CAP-ANY';

/** What the app's parse and validate steps answer for a document (parse errors included). */
function errorsFor(
  document: string,
  role: Role = 'public',
  mode: 'development' | 'production' | 'test' = 'test',
): readonly GraphQLError[] {
  let parsed;
  try {
    parsed = parseWithTokenLimit(document);
  } catch (error) {
    return [asLimitError(error as Error) as GraphQLError];
  }
  return validate(schema, parsed, [...specifiedRules, queryLimitRule(role, mode)]);
}
const codes = (errors: readonly GraphQLError[]) => errors.map((error) => error.extensions.code ?? 'GRAPHQL_VALIDATION');
const limitsHit = (errors: readonly GraphQLError[]) => errors.map((error) => error.extensions.limit);

describe('the limits per role', () => {
  it('gives keyed roles at least what the public gets, and staff/admin at least what researchers get', () => {
    for (const limit of Object.keys(LIMITS.public.query) as (keyof QueryLimits)[]) {
      expect(limitsFor('researcher').query[limit]).toBeGreaterThanOrEqual(limitsFor('public').query[limit]);
      expect(limitsFor('staff').query[limit]).toBeGreaterThanOrEqual(limitsFor('researcher').query[limit]);
      expect(limitsFor('admin').query[limit]).toBeGreaterThanOrEqual(limitsFor('staff').query[limit]);
    }
    expect(limitsFor('researcher').rate.perMinute).toBeGreaterThan(limitsFor('public').rate.perMinute);
  });

  it('lets only keyed roles introspect in production, and everyone in development and tests', () => {
    expect(ROLES.map((role) => introspectionAllowed(role, 'production'))).toEqual(
      ROLES.map((role) => role !== 'public'),
    );
    for (const mode of ['development', 'test'] as const)
      expect(ROLES.every((role) => introspectionAllowed(role, mode))).toBe(true);
  });
});

describe.each(ROLES)('query limits for %s', (role) => {
  const limits = limitsFor(role).query;
  // The cost and the worker jobs need the variables, so they are checked when execution starts (query-cost.test.ts),
  // not by validation.
  const byValidation = (limit: keyof QueryLimits) => limit !== 'cost' && limit !== 'computations';
  it.each((Object.keys(LIMIT_DOCUMENTS) as (keyof QueryLimits)[]).filter(byValidation))(
    '%s: n passes, n + 1 is QUERY_TOO_COMPLEX',
    (limit) => {
      const n = limits[limit];
      expect(errorsFor(LIMIT_DOCUMENTS[limit](n, CAPABILITY), role)).toEqual([]);
      const past = errorsFor(LIMIT_DOCUMENTS[limit](n + 1, CAPABILITY), role);
      expect(codes(past)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(limitsHit(past)).toEqual([limit]);
    },
  );
});

describe('bypass attempts', () => {
  const { depth, aliases } = limitsFor('public').query;
  const deep = depthDocument(depth + 1, CAPABILITY).slice(1, -1);

  it.each([
    ['an operation named __schema', `query __schema { ${deep} }`],
    ['a field aliased __schema', `{ __schema: ${deep} }`],
    ['a fragment named __schema', `{ ...__schema } fragment __schema on Query { ${deep} }`],
    [
      'an introspection-looking fragment on Query',
      `{ __typename ...Intro } fragment Intro on Query { __typename ${deep} }`,
    ],
  ])('%s does not escape the depth limit', (_name, document) => {
    expect(codes(errorsFor(document))).toContain('QUERY_TOO_COMPLEX');
  });

  it('deep nesting through fragments counts as if written inline', () => {
    expect(errorsFor(fragmentDepthDocument(depth, CAPABILITY))).toEqual([]);
    expect(limitsHit(errorsFor(fragmentDepthDocument(depth + 1, CAPABILITY)))).toEqual(['depth']);
  });

  it('aliases inside fragments count, also when the fragment is spread twice', () => {
    const half = Math.ceil((aliases + 1) / 2);
    const fragment = `fragment A on Query { ${Array.from({ length: half }, (_, index) => `a${index}: ok`).join(' ')} }`;
    expect(limitsHit(errorsFor(`{ ...A } ${fragment}`))).toEqual([]);
    expect(limitsHit(errorsFor(`{ ...A ... on Query { ...A } } ${fragment}`))).toEqual(['aliases']);
  });

  it('judges every operation of a document, not only the one that would run', () => {
    expect(limitsHit(errorsFor(`query Small { ok } query Big { ${deep} }`))).toEqual(['depth']);
  });

  it('stops cyclic introspection (fields { type { fields … } }) by graphql-js’s rule, as QUERY_TOO_COMPLEX', () => {
    const cyclic =
      '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
    expect(errorsFor(cyclic).map((error) => error.message)).toEqual(['Maximum introspection depth exceeded']);
  });
});

describe('introspection', () => {
  it('is refused to anonymous callers in production with FORBIDDEN, and allowed to keyed ones', () => {
    const query = getIntrospectionQuery();
    expect(codes(errorsFor(query, 'public', 'production'))).toEqual(expect.arrayContaining(['FORBIDDEN']));
    expect(codes(errorsFor('{ __type(name: "Organization") { name } }', 'public', 'production'))).toEqual([
      'FORBIDDEN',
    ]);
    for (const role of ['researcher', 'staff', 'admin'] as const)
      expect(errorsFor(query, role, 'production')).toEqual([]);
  });

  it('is allowed to everyone outside production, GraphiQL’s full introspection query included', () => {
    for (const mode of ['development', 'test'] as const)
      expect(errorsFor(getIntrospectionQuery({ descriptions: true }), 'public', mode)).toEqual([]);
  });
});

describe('the explorer', () => {
  const operations = explorerOperations();

  it('finds the explorer’s documents', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
  });

  it.each(operations.map((operation) => [operation.name, operation.document]))(
    '%s fits the public limits',
    (_name, document) => {
      expect(errorsFor(document, 'public', 'production')).toEqual([]);
    },
  );
});

describe('countTokens', () => {
  it('counts punctuation, names and values, but not comments', () => {
    expect(countTokens('{ ok } # a comment with many words', 100)).toBe(3);
    expect(countTokens('query Q($a: Int) { f(a: $a) }', 100)).toBe(17);
  });
});
