// Applies the policy map to a built schema: every field above public gets a resolver that checks the caller's role
// first, and so does every field whose arguments can carry a private input field. Public fields are left untouched
// (no cost on the hot path). Types are recognised by their tag, not instanceof: @graphql-tools may build the schema
// with graphql's other module format (CJS vs ESM), whose classes are not this module's.
import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Actor } from './actor.ts';
import { assertAllowed } from './authorize.ts';
import { PRIVATE_INPUT_FIELDS, requiredRole } from './policy.ts';

const tagOf = (type: unknown): string => Object.prototype.toString.call(type);
const isObjectType = (type: unknown): type is GraphQLObjectType => tagOf(type) === '[object GraphQLObjectType]';
const isInputObjectType = (type: unknown): type is GraphQLInputObjectType =>
  tagOf(type) === '[object GraphQLInputObjectType]';

function getNamedType(type: GraphQLInputType): GraphQLNamedType {
  let current: unknown = type;
  while (current !== null && typeof current === 'object' && 'ofType' in current)
    current = (current as { ofType: unknown }).ofType;
  return current as GraphQLNamedType;
}

/**
 * A way from an argument to a private input field: the argument, the input fields on the way, and the field's
 * coordinate.
 */
interface InputPath {
  steps: string[];
  coordinate: string;
}

function privateInputPaths(type: GraphQLInputType, prefix: string[], seen: Set<string>): InputPath[] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const paths: InputPath[] = [];
  for (const field of Object.values(named.getFields())) {
    const coordinate = `${named.name}.${field.name}`;
    if (coordinate in PRIVATE_INPUT_FIELDS) paths.push({ steps: [...prefix, field.name], coordinate });
    paths.push(...privateInputPaths(field.type, [...prefix, field.name], new Set([...seen, named.name])));
  }
  return paths;
}

/** True when the value has something (not null) at the steps, looking into lists on the way. */
function given(value: unknown, steps: readonly string[]): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some((item) => given(item, steps));
  if (steps.length === 0) return true;
  return typeof value === 'object' && given((value as Record<string, unknown>)[steps[0]!], steps.slice(1));
}

const argumentPaths = (args: readonly GraphQLArgument[]): InputPath[] =>
  args.flatMap((arg) => privateInputPaths(arg.type, [arg.name], new Set()));

/** Wraps the resolvers of guarded fields in place; returns the coordinates it guarded. */
export function applyPolicy(schema: GraphQLSchema): string[] {
  const guarded: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const paths = argumentPaths(field.args);
      if (requiredRole(coordinate) === 'public' && paths.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: { actor: Actor }, info) => {
        assertAllowed(context.actor, coordinate);
        for (const path of paths) if (given(args, path.steps)) assertAllowed(context.actor, path.coordinate);
        return resolve(source, args, context, info);
      };
      guarded.push(coordinate);
    }
  }
  return guarded;
}
