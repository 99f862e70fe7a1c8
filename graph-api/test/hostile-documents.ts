// The worst documents a hostile client can send within the query limits, generated from the schema and the list
// bounds (limits/list-bounds.ts), so that a field added to the schema is attacked without anyone writing a case:
// - every list cycle (a list field, and the way from its items back to its own type) nested as deep as the role's
//   depth limit allows, each list at its maximum bound, given literally and again as variables;
// - alias floods up to the alias limit, and fragments fanning out as deep as the depth limit;
// - every analytics or matching field that takes `asOf` on distinct dates (each a cold cache key): as many as the
//   role's computations limit allows, and as many as its alias limit allows; and the longest trend;
// - the two documents that once took the API down (a six-level partners chain and a nested organizations page).
import {
  getIntrospectionQuery,
  type GraphQLArgument,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import type { Dataset } from '@siheung/seed';
import { buildSchema } from '../src/app/create-app.ts';
import type { Role } from '../src/auth/actor.ts';
import { limitsFor, type QueryLimits } from '../src/limits/limits-config.ts';
import { LIST_BOUNDS } from '../src/limits/list-bounds.ts';

export interface HostileDocument {
  name: string;
  query: string;
  variables?: Record<string, number>;
}

/** Ids of the sample data that required `id`-like arguments are filled with, by the type the field returns. */
export interface KnownIds {
  /** Two different organisations (paths and matches need a `from` and a `to`). */
  organizations: readonly [string, string];
  /** By type name: Hub, Capability, Event, Program, Project, Collaboration… */
  byType: Readonly<Record<string, string>>;
}

/**
 * The ids of a data set to fill required arguments with: the two best-connected organisations (their lists are the
 * longest the data has) and the first of each other type.
 */
export function knownIdsOf(data: Dataset): KnownIds {
  const degree = new Map<string, number>();
  for (const link of data.collaborations)
    for (const end of [link.from, link.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const [first, second] = data.organizations
    .map((organization) => organization.id)
    .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0));
  const byType: Record<string, string> = {};
  const firsts = {
    Hub: data.hubs,
    Capability: data.capabilities,
    Event: data.events,
    Program: data.programs,
    Project: data.projects,
    Collaboration: data.collaborations,
  };
  for (const [type, rows] of Object.entries(firsts)) if (rows[0]) byType[type] = rows[0].id;
  return { organizations: [first!, second!], byType: { Organization: first!, ...byType } };
}

interface Step {
  owner: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  /** The required arguments, already written (`id: "ORG-…"`). */
  required: string[];
}

type BoundStyle = 'literal' | 'variables';

// The schema comes from graphql's CommonJS build and this file may get its ES build: graphql's own predicates would
// refuse the other build's types, so types are told apart by their tag.
const tagOf = (type: unknown): string => Object.prototype.toString.call(type).slice(8, -1);
const isNonNullType = (type: GraphQLType): boolean => tagOf(type) === 'GraphQLNonNull';
const isListType = (type: GraphQLType): boolean => tagOf(type) === 'GraphQLList';
const isObjectType = (type: unknown): type is GraphQLObjectType => tagOf(type) === 'GraphQLObjectType';
const isEnumType = (type: unknown): type is GraphQLEnumType => tagOf(type) === 'GraphQLEnumType';
const isScalarType = (type: unknown): boolean => tagOf(type) === 'GraphQLScalarType';
const getNullableType = (type: GraphQLType): GraphQLType =>
  isNonNullType(type) ? (type as { ofType: GraphQLType }).ofType : type;
function getNamedType(type: GraphQLType): GraphQLNamedType {
  let current = type;
  while (isNonNullType(current) || isListType(current)) current = (current as { ofType: GraphQLType }).ofType;
  return current as GraphQLNamedType;
}

const ORGANIZATION_ARGUMENTS = new Set(['orgId', 'from', 'to', 'for', 'organizationId']);

function requiredArgument(step: Omit<Step, 'required'>, arg: GraphQLArgument, ids: KnownIds): string | null {
  const type = getNullableType(arg.type) as GraphQLNamedType;
  if (isEnumType(type)) return `${arg.name}: ${type.getValues()[0]!.name}`;
  if (!isScalarType(type)) return null;
  if (type.name === 'ID' && ORGANIZATION_ARGUMENTS.has(arg.name)) {
    return `${arg.name}: "${arg.name === 'to' ? ids.organizations[1] : ids.organizations[0]}"`;
  }
  if (type.name === 'ID' && arg.name === 'id') {
    const id = ids.byType[getNamedType(step.field.type).name];
    return id ? `id: "${id}"` : null;
  }
  if (type.name === 'String' && arg.name === 'text') return 'text: "서울"';
  return null;
}

/** The field as a step a document can take, or null when a required argument cannot be filled. */
function stepOf(owner: GraphQLObjectType, field: GraphQLField<unknown, unknown>, ids: KnownIds): Step | null {
  const required: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    const written = requiredArgument({ owner, field }, arg, ids);
    if (written === null) return null;
    required.push(written);
  }
  return { owner, field, required };
}

/** Fields leading to another object type (interfaces and unions are left out: their fields are their members'). */
function objectSteps(type: GraphQLObjectType, ids: KnownIds): Step[] {
  return Object.values(type.getFields())
    .filter((field) => isObjectType(getNamedType(field.type)))
    .map((field) => stepOf(type, field, ids))
    .filter((step): step is Step => step !== null);
}

/** The shortest way (fewest steps) from one object type to another; null when there is none. */
function shortestPath(from: GraphQLObjectType, to: GraphQLObjectType, ids: KnownIds): Step[] | null {
  const seen = new Set([from.name]);
  let frontier: { type: GraphQLObjectType; path: Step[] }[] = [{ type: from, path: [] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { type, path } of frontier) {
      if (type === to) return path;
      for (const step of objectSteps(type, ids)) {
        const target = getNamedType(step.field.type) as GraphQLObjectType;
        if (seen.has(target.name)) continue;
        seen.add(target.name);
        next.push({ type: target, path: [...path, step] });
      }
    }
    frontier = next;
  }
  return null;
}

function targetOf(step: Step): GraphQLObjectType {
  return getNamedType(step.field.type) as GraphQLObjectType;
}

/** A leaf selection for the type: its `id`, else its first scalar field without required arguments. */
function leafOf(type: GraphQLObjectType): string {
  const fields = Object.values(type.getFields());
  const leaf =
    fields.find((field) => field.name === 'id') ??
    fields.find(
      (field) => !isObjectType(getNamedType(field.type)) && field.args.every((arg) => !isNonNullType(arg.type)),
    );
  return leaf?.name ?? '__typename';
}

class Writer {
  readonly variables: Record<string, number> = {};

  constructor(private readonly style: BoundStyle) {}

  /** The step's field with its required arguments and, for a list with its own bound, that bound at its maximum. */
  call(step: Step, extra: readonly string[] = []): string {
    const args = [...step.required, ...extra];
    const bound = LIST_BOUNDS[`${step.owner.name}.${step.field.name}`];
    if (bound?.by === 'argument') {
      args.push(this.bound(bound.argument, bound.max));
    } else if (bound?.by === 'parent' || bound === undefined) {
      // A field bounding its child lists (`organizations(first)` its edges, `graph(limit)` its nodes): at its maximum.
      for (const [coordinate, child] of Object.entries(LIST_BOUNDS)) {
        if (child.by !== 'parent' || !coordinate.startsWith(`${targetOf(step).name}.`)) continue;
        if (!step.field.args.some((arg) => arg.name === child.argument)) continue;
        if (args.some((written) => written.startsWith(`${child.argument}:`))) continue;
        args.push(this.bound(child.argument, child.max));
      }
    }
    return args.length > 0 ? `${step.field.name}(${args.join(', ')})` : step.field.name;
  }

  /** `argument: max`, written literally or as a new Int variable holding it. */
  private bound(argument: string, max: number): string {
    if (this.style === 'literal') return `${argument}: ${max}`;
    const name = `b${Object.keys(this.variables).length}`;
    this.variables[name] = max;
    return `${argument}: $${name}`;
  }

  /** `query Name($b0: Int, …) { body }` */
  operation(name: string, body: string, fragments = ''): string {
    const declared = Object.keys(this.variables).map((variable) => `$${variable}: Int`);
    const header = declared.length > 0 ? `query ${name}(${declared.join(', ')})` : `query ${name}`;
    return `${header} { ${body} }${fragments ? ` ${fragments}` : ''}`;
  }
}

/** Nests the steps: `a { b { c { leaf } } }`. */
function nest(writer: Writer, steps: readonly Step[]): string {
  let inner = leafOf(targetOf(steps.at(-1)!));
  for (let index = steps.length - 1; index >= 0; index -= 1) inner = `${writer.call(steps[index]!)} { ${inner} }`;
  return inner;
}

/** A list field whose items lead back to its own type, with the way back. */
interface ListCycle {
  coordinate: string;
  cycle: Step[];
}

function listCycles(schema: GraphQLSchema, ids: KnownIds): ListCycle[] {
  const cycles: ListCycle[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getMutationType()) continue;
    for (const step of objectSteps(type, ids)) {
      if (!isListType(getNullableType(step.field.type))) continue;
      const back = shortestPath(targetOf(step), type, ids);
      if (back) cycles.push({ coordinate: `${type.name}.${step.field.name}`, cycle: [step, ...back] });
    }
  }
  return cycles;
}

/** Steps from Query to the type, preferring an entry without a list (one organisation rather than a page). */
function entryTo(schema: GraphQLSchema, type: GraphQLObjectType, ids: KnownIds): Step[] | null {
  return shortestPath(schema.getQueryType()!, type, ids);
}

/** The steps of the cycle repeated after the entry until the document is `depth` selection sets deep. */
function deepChain(entry: Step[], cycle: Step[], depth: number): Step[] {
  const steps = [...entry];
  // The leaf's own selection set is one level: `depth - 1` steps of fields hold selection sets.
  for (let index = 0; steps.length < depth - 1; index += 1) steps.push(cycle[index % cycle.length]!);
  return steps.slice(0, Math.max(steps.length, 1));
}

function cycleDocuments(schema: GraphQLSchema, limits: QueryLimits, ids: KnownIds): HostileDocument[] {
  const documents: HostileDocument[] = [];
  for (const { coordinate, cycle } of listCycles(schema, ids)) {
    const entry = entryTo(schema, cycle[0]!.owner, ids);
    if (!entry) continue;
    const chain = deepChain(entry, cycle, limits.depth);
    for (const style of ['literal', 'variables'] as const) {
      const writer = new Writer(style);
      const body = nest(writer, chain);
      documents.push({
        name: `cycle ${coordinate} (${style})`,
        query: writer.operation('HostileCycle', body),
        variables: writer.variables,
      });
    }
  }
  return documents;
}

/** The organisations page with each organisation's partners' partners, aliased up to the alias limit. */
function aliasFlood(schema: GraphQLSchema, limits: QueryLimits, ids: KnownIds): HostileDocument {
  const query = schema.getQueryType()!;
  const organization = schema.getType('Organization') as GraphQLObjectType;
  const page = stepOf(query, query.getFields().organizations!, ids)!;
  const toOrganization = shortestPath(targetOf(page), organization, ids)!;
  const partners = listCycles(schema, ids).find((cycle) => cycle.coordinate === 'Organization.partners')!.cycle;
  const writer = new Writer('literal');
  const chain = nest(writer, [page, ...toOrganization, ...partners, ...partners]);
  const aliases = Array.from({ length: limits.aliases }, (_, index) => `a${index}: ${chain}`);
  return {
    name: `alias flood of ${limits.aliases} nested pages`,
    query: writer.operation('HostileAliases', aliases.join(' ')),
  };
}

/** Fragments on Organization, each spreading the next twice under two aliases, as deep as the depth limit. */
function fragmentFanOut(schema: GraphQLSchema, limits: QueryLimits, ids: KnownIds): HostileDocument {
  const partners = listCycles(schema, ids).find((cycle) => cycle.coordinate === 'Organization.partners')!.cycle;
  const writer = new Writer('literal');
  const levels = Math.max(1, Math.floor((limits.depth - 2) / partners.length));
  const pairs = Math.max(1, Math.floor(limits.aliases / (2 * levels)));
  const fragments: string[] = [];
  for (let level = 0; level < levels; level += 1) {
    const inner = level === levels - 1 ? 'id' : `...Fan${level + 1}`;
    const spread = (alias: string) => {
      let body = inner;
      for (let index = partners.length - 1; index >= 0; index -= 1) {
        const call = writer.call(partners[index]!);
        body = `${index === 0 ? `${alias}: ` : ''}${call} { ${body} }`;
      }
      return body;
    };
    const branches = Array.from({ length: 2 * pairs }, (_, index) => spread(`p${level}x${index}`));
    fragments.push(`fragment Fan${level} on Organization { ${branches.join(' ')} }`);
  }
  return {
    name: `fragment fan-out ${levels} levels deep`,
    query: writer.operation(
      'HostileFragments',
      `organization(id: "${ids.organizations[0]}") { ...Fan0 }`,
      fragments.join(' '),
    ),
  };
}

/**
 * Every field that takes `asOf`, on `count` distinct dates (aliases): each date a cold cache key, so as many
 * computations one after another.
 */
function analyticsDates(schema: GraphQLSchema, count: number, ids: KnownIds): HostileDocument[] {
  const query = schema.getQueryType()!;
  const documents: HostileDocument[] = [];
  for (const field of Object.values(query.getFields())) {
    if (!field.args.some((arg) => arg.name === 'asOf')) continue;
    const step = stepOf(query, field, ids);
    if (!step) continue;
    const writer = new Writer('literal');
    const type = getNamedType(field.type);
    const selection = isObjectType(type) ? ` { ${leafOf(type)} }` : '';
    const aliases = Array.from({ length: count }, (_, index) => {
      const date = `${2025 - Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
      return `d${index}: ${writer.call(step, [`asOf: "${date}"`])}${selection}`;
    });
    documents.push({
      name: `${field.name} on ${count} dates`,
      query: writer.operation('HostileDates', aliases.join(' ')),
    });
  }
  return documents;
}

/** The two documents that took the API down before every list had a bound and the cost counted them all. */
export function historicDocuments(): HostileDocument[] {
  let chain = 'name';
  for (let level = 0; level < 6; level += 1) chain = `partners { organization { ${chain} } }`;
  return [
    { name: 'six levels of partners', query: `{ organization(id: "ORG-SNUH") { ${chain} } }` },
    {
      name: 'organizations page with three levels of partners',
      query:
        '{ organizations(first: 100) { edges { node { partners { organization { partners { organization { ' +
        'partners { organization { name } } } } } } } } } }',
    },
  ];
}

/** Every hostile document for a role's limits. */
export function hostileDocuments(schema: GraphQLSchema, limits: QueryLimits, ids: KnownIds): HostileDocument[] {
  return [
    ...historicDocuments(),
    ...cycleDocuments(schema, limits, ids),
    aliasFlood(schema, limits, ids),
    fragmentFanOut(schema, limits, ids),
    ...analyticsDates(schema, limits.computations, ids),
    ...analyticsDates(schema, limits.aliases, ids),
    {
      name: 'the longest trend',
      query: '{ networkTrend(from: "1946-01-01", to: "2025-12-31") { periods { label } } }',
    },
  ];
}

/**
 * A role's whole hostile-client suite, as its test sends it: the hostile documents for the role's limits and a
 * client's introspection (the schema is public: it must fit every role's budget). Also sent at scale by the bench
 * (`bench/src/hostile-at-scale.ts`).
 */
export function hostileSuite(role: Role, ids: KnownIds): HostileDocument[] {
  return [
    ...hostileDocuments(buildSchema(), limitsFor(role).query, ids),
    { name: 'introspection', query: getIntrospectionQuery() },
  ];
}
