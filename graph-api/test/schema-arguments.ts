// Every place a string can enter the API, read from the schema: each String or ID argument (or input field, at
// any depth) of every query and mutation, with an operation that sends a chosen string there and plausible
// values in the other required arguments. New arguments are covered without touching the tests.
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';

export interface StringTarget {
  operation: 'query' | 'mutation';
  field: string;
  /** `text`, `input.name`, `filter.hubs`… */
  path: string;
  /** The document and its variables with `value` in place. */
  request(value: string): { query: string; variables: Record<string, unknown> };
}

/** Values for the arguments a target does not test: ids chosen by the caller, dates for date-like names. */
export interface Baseline {
  id(argument: string): string;
  /** Fields to add to the required ones of an input type (e.g. what creating an organisation needs). */
  input?(typeName: string): Record<string, unknown> | undefined;
}

interface AnyType {
  name?: string;
  ofType?: AnyType;
  getFields?: () => Record<string, { name: string; type: AnyType }>;
  getValues?: () => readonly { name: string }[];
}

const tagOf = (type: unknown): string => Object.prototype.toString.call(type).slice(8, -1);
const DATE_NAMES = /^(asOf|since|until|from|to|date|start|end)$/i;

function baseValue(type: AnyType, name: string, baseline: Baseline): unknown {
  switch (tagOf(type)) {
    case 'GraphQLNonNull':
      return baseValue(type.ofType!, name, baseline);
    case 'GraphQLList':
      return [baseValue(type.ofType!, name, baseline)];
    case 'GraphQLEnumType':
      return type.getValues!()[0]!.name;
    case 'GraphQLInputObjectType':
      return {
        ...Object.fromEntries(
          Object.values(type.getFields!())
            .filter((field) => tagOf(field.type) === 'GraphQLNonNull')
            .map((field) => [field.name, baseValue(field.type, field.name, baseline)]),
        ),
        ...baseline.input?.(type.name!),
      };
    default:
      if (type.name === 'ID') return baseline.id(name);
      if (type.name === 'Int') return 1;
      if (type.name === 'Float') return 1;
      if (type.name === 'Boolean') return false;
      if (type.name === 'String') return DATE_NAMES.test(name) ? '2024-01-01' : 'test';
      return null;
  }
}

/** Paths from a value of `type` to its String/ID leaves: [] for the value itself. */
function stringPaths(type: AnyType, seen: ReadonlySet<string>): string[][] {
  const tag = tagOf(type);
  if (tag === 'GraphQLNonNull' || tag === 'GraphQLList') return stringPaths(type.ofType!, seen);
  if (tag === 'GraphQLInputObjectType') {
    if (seen.has(type.name!)) return [];
    const inner = new Set(seen).add(type.name!);
    return Object.values(type.getFields!()).flatMap((field) =>
      stringPaths(field.type, inner).map((path) => [field.name, ...path]),
    );
  }
  return tag === 'GraphQLScalarType' && (type.name === 'String' || type.name === 'ID') ? [[]] : [];
}

/** Puts `value` at `path` inside a base value of `type` (through lists: as their only item). */
function placed(
  type: AnyType,
  path: readonly string[],
  value: string,
  name: string,
  baseline: Baseline,
  base: unknown,
): unknown {
  const tag = tagOf(type);
  if (tag === 'GraphQLNonNull') return placed(type.ofType!, path, value, name, baseline, base);
  if (tag === 'GraphQLList')
    return [placed(type.ofType!, path, value, name, baseline, Array.isArray(base) ? base[0] : undefined)];
  if (path.length === 0) return value;
  const fields = type.getFields!();
  const object = { ...((base ?? baseValue(type, name, baseline)) as Record<string, unknown>) };
  const [head, ...rest] = path;
  const field = fields[head!]!;
  object[head!] = placed(field.type, rest, value, head!, baseline, object[head!]);
  return object;
}

function selectionFor(type: AnyType): string {
  const named = tagOf(type) === 'GraphQLNonNull' || tagOf(type) === 'GraphQLList' ? selectionFor(type.ofType!) : null;
  if (named !== null) return named;
  return tagOf(type) === 'GraphQLScalarType' || tagOf(type) === 'GraphQLEnumType' ? '' : ' { __typename }';
}

function targetsOf(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  baseline: Baseline,
): StringTarget[] {
  const args = field.args as readonly GraphQLArgument[];
  return args.flatMap((argument) =>
    stringPaths(argument.type as unknown as AnyType, new Set()).map((path) => ({
      operation,
      field: field.name,
      path: [argument.name, ...path].join('.'),
      request(value: string) {
        const sent = args.filter((other) => other === argument || tagOf(other.type) === 'GraphQLNonNull');
        const variables = Object.fromEntries(
          sent.map((other) => {
            const type = other.type as unknown as AnyType;
            return [
              other.name,
              other === argument
                ? placed(type, path, value, other.name, baseline, undefined)
                : baseValue(type, other.name, baseline),
            ];
          }),
        );
        const declarations = sent
          .map((other) => `$${other.name}: ${String(other.type as GraphQLInputType)}`)
          .join(', ');
        const passed = sent.map((other) => `${other.name}: $${other.name}`).join(', ');
        const query =
          `${operation} Injection(${declarations}) { ` +
          `${field.name}(${passed})${selectionFor(field.type as unknown as AnyType)} }`;
        return { query, variables };
      },
    })),
  );
}

export function stringTargets(
  schema: GraphQLSchema,
  operation: 'query' | 'mutation',
  baseline: Baseline,
): StringTarget[] {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).flatMap((field) => targetsOf(operation, field, baseline));
}
