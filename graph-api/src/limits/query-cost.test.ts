// The cost model on the printed schema: lists at their bounds (literal, variable, default), aliases and fragments as
// often as they run, analytics priced by computations, introspection counted exactly; the two hostile
// queries over every budget below admin's; the explorer's documents within the public budget.
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  getOperationAST,
  isEnumType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type DocumentNode,
  type NamedTypeNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { costDocument, explorerOperations } from '../../test/limit-documents.ts';
import { QUERY_COMPUTATIONS } from '../resolvers/query-computations.ts';
import { COMPUTATION_COST, LIMITS } from './limits-config.ts';
import { LIST_BOUNDS } from './list-bounds.ts';
import { queryCost } from './query-cost.ts';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

function pricedOf(document: string | DocumentNode, variables: Record<string, unknown> = {}, operationName?: string) {
  const parsed = typeof document === 'string' ? parse(document) : document;
  const result = queryCost({
    schema,
    document: parsed,
    operationName: operationName ?? null,
    variables,
    computations: QUERY_COMPUTATIONS,
    computationCost: COMPUTATION_COST,
  });
  if (result === null) throw new Error('not priced');
  return result;
}

const costOf = (document: string | DocumentNode, variables: Record<string, unknown> = {}, operationName?: string) =>
  pricedOf(document, variables, operationName).cost;
const jobsOf = (document: string) => pricedOf(document).jobs;

const bound = (coordinate: string) => {
  const found = LIST_BOUNDS[coordinate];
  if (found?.by !== 'argument') throw new Error(coordinate);
  return found;
};

/** The first query: six levels of partners under one organisation. */
const partnersOfPartners = (levels: number) =>
  `${'partners { organization { '.repeat(levels)}name${' } }'.repeat(levels)}`;
const SIX_LEVELS_OF_PARTNERS = `{ organization(id: "ORG-SNUH") { ${partnersOfPartners(6)} } }`;
/** The second query: three levels of partners under a page of 100. */
const PAGE_OF_PARTNERS = `{ organizations(first: 100) { edges { node { ${partnersOfPartners(3)} } } } }`;

describe('the cost model', () => {
  it('counts each object and each list at its bound: literal, variable or default', () => {
    const partners = bound('Organization.partners').default;
    expect(costOf('{ organization(id: "X") { name } }')).toBe(1);
    expect(costOf('{ organization(id: "X") { partners { weight } } }')).toBe(1 + partners);
    expect(costOf('{ organization(id: "X") { partners(first: 3) { weight } } }')).toBe(4);
    expect(costOf('query Q($n: Int) { organization(id: "X") { partners(first: $n) { weight } } }', { n: 7 })).toBe(8);
    // Out of range counts at the maximum (the field then refuses it with BAD_USER_INPUT).
    expect(costOf('{ organization(id: "X") { partners(first: 1000000) { weight } } }')).toBe(
      1 + bound('Organization.partners').max,
    );
    // Scalars are not objects, nor are the items of a list of scalars.
    expect(costOf('{ organization(id: "X") { aliases(first: 5) } }')).toBe(1);
  });

  it('multiplies the bounds along each path, and bounds by the parent field’s argument', () => {
    expect(costOf('{ organizations(first: 10) { edges { node { partners(first: 4) { weight } } } } }')).toBe(
      1 + 10 * (1 + 1 + 4),
    );
    expect(costOf('query Q($l: Int) { graph(limit: $l) { nodes { id } } }', { l: 30 })).toBe(31);
    expect(costOf('{ graph { nodes { id } } }')).toBe(1 + 2000);
  });

  it('counts aliases and fragment spreads as often as they run', () => {
    const one = costOf('{ organization(id: "X") { partners(first: 2) { weight } } }');
    expect(
      costOf(
        '{ a: organization(id: "X") { partners(first: 2) { weight } } b: organization(id: "Y") { ...P } }' +
          ' fragment P on Organization { partners(first: 2) { weight } }',
      ),
    ).toBe(2 * one);
    // The same field twice under one name runs once.
    expect(
      costOf('{ ...F ...F } fragment F on Query { organization(id: "X") { partners(first: 2) { weight } } }'),
    ).toBe(one);
    expect(costOf('query Q($skip: Boolean!) { organization(id: "X") @skip(if: $skip) { name } }', { skip: true })).toBe(
      0,
    );
  });

  it('prices analytics by the computations they may start: trend periods, what-if, one per answer', () => {
    expect(costOf('{ networkStats { links } }')).toBe(1 + COMPUTATION_COST);
    expect(
      costOf('{ a: networkStats(asOf: "2020-01-01") { links } b: networkStats(asOf: "2021-01-01") { links } }'),
    ).toBe(2 * (1 + COMPUTATION_COST));
    const trend = 'query T($from: String!, $to: String!) { networkTrend(from: $from, to: $to) { step } }';
    expect(costOf(trend, { from: '2001-01-01', to: '2010-12-31' })).toBe(1 + 10 * COMPUTATION_COST);
    expect(costOf(trend, { from: '1900-01-01', to: '2100-12-31' })).toBe(1 + 80 * COMPUTATION_COST);
    expect(costOf('{ whatIf(links: [{ from: "A", to: "B" }]) { links { from } } }')).toBe(1 + 1 + 2 * COMPUTATION_COST);
  });

  it('counts the worker jobs: one per answer and alias, two for what-if, one for a whole trend', () => {
    expect(jobsOf('{ organizations { totalCount } }')).toBe(0);
    expect(jobsOf('{ a: networkStats { links } b: networkStats(asOf: "2021-01-01") { links } }')).toBe(2);
    expect(jobsOf('{ networkTrend(from: "1900-01-01", to: "2100-12-31") { step } }')).toBe(1);
    expect(jobsOf('{ whatIf(links: [{ from: "A", to: "B" }]) { links { from } } brokers { asOf } }')).toBe(3);
    // A matching date builds a graph and learns weights; paths at the largest k are rounds of searches.
    expect(jobsOf('{ partnerMatches(orgId: "A") { rank } collaborationPaths(from: "A", to: "B") { length } }')).toBe(4);
    const spread = '{ ...S ...S } fragment S on Query { partnerMatches(orgId: "A") { rank } }';
    // The same field reached twice under one response name runs once (a matching date counts two).
    expect(jobsOf(spread)).toBe(2);
  });

  it('counts introspection exactly, and a whole GraphiQL introspection fits the public budget', () => {
    expect(costOf('{ __type(name: "Hub") { name } }')).toBe(1);
    const full = costOf(getIntrospectionQuery());
    expect(full).toBeGreaterThan(1000);
    expect(full).toBeLessThanOrEqual(LIMITS.public.query.cost);
  });

  it('refuses the issue’s two queries for every role below admin', () => {
    for (const role of ['public', 'researcher', 'staff'] as const) {
      expect(costOf(SIX_LEVELS_OF_PARTNERS)).toBeGreaterThan(LIMITS[role].query.cost);
      expect(costOf(PAGE_OF_PARTNERS)).toBeGreaterThan(LIMITS[role].query.cost);
    }
  });

  it('builds limit documents of exactly the cost asked', () => {
    for (const role of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
      const n = LIMITS[role].query.cost;
      expect(costOf(costDocument(n))).toBe(n);
      expect(costOf(costDocument(n + 1))).toBe(n + 1);
    }
  });
});

/**
 * The most the explorer asks for: its own counts where it sends one (matches, introducers), and for every other
 * number the argument's maximum (the model counts a bound at most at its maximum), the longest trend and 50 what-if
 * links.
 */
const EXPLORER_VARIABLES: Record<string, Record<string, unknown>> = {
  ExplorerPartnerMatches: { first: 10 },
  ExplorerIntroducers: { first: 5 },
};
const LARGE = 1_000_000;

/** A value for each variable of the operation: the largest numbers, the longest trend, 50 what-if links. */
function worstVariables(name: string, document: string): Record<string, unknown> {
  const operation = getOperationAST(parse(document), name)!;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const variable = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as NamedTypeNode)!;
    const named = getNamedType(type);
    const list = isListType(getNullableType(type));
    let value: unknown = null;
    if (named.name === 'Int') value = LARGE;
    else if (named.name === 'Boolean') value = true;
    else if (named.name === 'String' || named.name === 'ID')
      value = variable === 'from' ? '1900-01-01' : variable === 'to' ? '2100-12-31' : 'X';
    else if (isEnumType(named)) value = named.getValues()[0]!.value;
    else if (named.name === 'ProposedLink')
      value = Array.from({ length: 50 }, (_, index) => ({ from: `A${index}`, to: `B${index}` }));
    else if (isNonNullType(type)) value = list ? [] : 'X';
    variables[variable] = list && value !== null && !Array.isArray(value) ? [value] : value;
  }
  return { ...variables, ...EXPLORER_VARIABLES[name] };
}

describe('the explorer', () => {
  it.each(explorerOperations().map((operation) => [operation.name, operation.document]))(
    '%s fits the public budget and computations with the largest variables it sends',
    (name, document) => {
      const priced = pricedOf(document, worstVariables(name, document), name);
      expect(priced.cost).toBeLessThanOrEqual(LIMITS.public.query.cost);
      expect(priced.jobs).toBeLessThanOrEqual(LIMITS.public.query.computations);
    },
  );
});
