// The cost of an operation before it runs, from the document and its variables: the most objects its answer can hold
// (every object, each list of objects counted at its bound: its `first`, `top`, `limit`… as given,
// by a variable or by default) plus the analytics computations it may start, each priced as COMPUTATION_COST objects;
// and how many separate jobs those computations make in the worker (bounded per operation by its own limit).
import {
  executeSync,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields, collectSubFields } from '@graphql-tools/utils';
import { LIST_BOUNDS, type ListBound } from './list-bounds.ts';

/** What a field may start in the analytics or matching worker, from its arguments. */
export interface ComputationRule {
  /** Computations it may start, each priced at `computationCost` objects. */
  priced(args: Record<string, unknown>): number;
  /**
   * Computations it may start, in units of one cold snapshot computation (a cold answer waits for the one before): a
   * trend's periods are one pass, a matching date or a k-shortest-paths search at the largest k two.
   */
  jobs: number;
}

/** The computation rule of each `Type.field` that starts computations. */
export type ComputationCounts = Readonly<Record<string, ComputationRule>>;

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  /** Computations per `Type.field` that starts them. */
  computations: ComputationCounts;
  /** Objects one computation is worth. */
  computationCost: number;
}

/**
 * The cost and the worker jobs, or null when the operation cannot run anyway (unknown operation, variables that do not
 * coerce).
 */
export type CostResult = { cost: number; jobs: number } | null;

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** @graphql-tools/utils 12 takes graphql 17's variables shape; on graphql 16 it reads only `coerced`. */
  collectVariables: { coerced: Record<string, unknown>; sources: Record<string, never> };
  input: CostInput;
  operation: OperationDefinitionNode;
  /** Worker jobs met so far. */
  jobs: number;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, walk.variables);
  } catch {
    // A bad argument is reported when the field runs; its bound then counts at its maximum.
    return {};
  }
}

function sizeOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.length;
  return null;
}

/** Items a list field can hold: its argument as given (within 0–max; out of range is refused when it runs). */
function itemsOf(bound: ListBound | undefined, args: Record<string, unknown>, parentArgs: Record<string, unknown>) {
  if (!bound) return 1;
  if (bound.by === 'construction') return bound.max;
  const given = sizeOf(bound.by === 'argument' ? args[bound.argument] : parentArgs[bound.argument]);
  const value = given ?? (bound.by === 'argument' ? bound.default : bound.max);
  return Math.min(Math.max(0, Math.floor(value)), bound.max);
}

/** Introspection answers from the schema alone, so its cost is counted exactly by answering it (no resolver runs). */
function introspectionCost(node: FieldNode, walk: Walk): number {
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      { ...walk.operation, name: undefined, selectionSet: { kind: Kind.SELECTION_SET, selections: [node] } },
      ...Object.values(walk.fragments),
    ],
  };
  const result = executeSync({
    schema: walk.schema,
    document,
    variableValues: walk.input.variables ?? {},
  });
  return countObjects(result.data ?? null) - 1;
}

function countObjects(value: unknown): number {
  if (Array.isArray(value)) return value.length + value.reduce<number>((sum, item) => sum + nestedObjects(item), 0);
  return value !== null && typeof value === 'object' ? 1 + nestedObjects(value) : 0;
}

function nestedObjects(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) return countObjects(value);
  return Object.values(value).reduce<number>(
    (sum, item) => sum + (typeof item === 'object' ? countObjects(item) : 0),
    0,
  );
}

/** The cost of a selection on objects of `type` (for an abstract type: the costliest of its object types). */
function selectionCost(
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  parentArgs: Record<string, unknown>,
  walk: Walk,
): number {
  const { fields } = collectSubFields(walk.schema, walk.fragments, walk.collectVariables, type, [...nodes]);
  return fieldsCost(type, fields, parentArgs, walk);
}

function fieldsCost(
  type: GraphQLObjectType,
  fields: Map<string, FieldNode[]>,
  parentArgs: Record<string, unknown>,
  walk: Walk,
): number {
  let cost = 0;
  for (const nodes of fields.values()) {
    const node = nodes[0]!;
    const name = node.name.value;
    if (INTROSPECTION_FIELDS.has(name) && type === walk.schema.getQueryType()) {
      cost += introspectionCost(node, walk);
      continue;
    }
    const field = type.getFields()[name];
    if (!field) continue;
    const coordinate = `${type.name}.${name}`;
    const args = argumentsOf(field, node, walk);
    const computations = walk.input.computations[coordinate];
    if (computations) {
      cost += computations.priced(args) * walk.input.computationCost;
      walk.jobs += computations.jobs;
    }
    const list = isListType(getNullableType(field.type));
    const items = list ? itemsOf(LIST_BOUNDS[coordinate], args, parentArgs) : 1;
    const named = getNamedType(field.type);
    // Scalars, and the items of a list of scalars, are not objects: what they weigh is the response-size cap's.
    if (!isCompositeType(named)) continue;
    const runtimeTypes = isAbstractType(named) ? walk.schema.getPossibleTypes(named) : [named as GraphQLObjectType];
    const below = Math.max(0, ...runtimeTypes.map((runtime) => selectionCost(runtime, nodes, args, walk)));
    cost += items * (1 + below);
  }
  return cost;
}

/** The operation's cost (see the module comment); fragments and aliases count as often as they run. */
export function queryCost(input: CostInput): CostResult {
  const operation = getOperationAST(input.document, input.operationName ?? undefined);
  if (!operation) return null;
  const coerced = getVariableValues(input.schema, operation.variableDefinitions ?? [], input.variables ?? {});
  if (coerced.errors) return null;
  const root = input.schema.getRootType(operation.operation);
  if (!root) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of input.document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const collectVariables = { coerced: coerced.coerced, sources: {} };
  const walk: Walk = {
    schema: input.schema,
    fragments,
    variables: coerced.coerced,
    collectVariables,
    input,
    operation,
    jobs: 0,
  };
  const { fields } = collectFields(input.schema, fragments, collectVariables, root, operation.selectionSet);
  const cost = fieldsCost(root, fields, {}, walk);
  return { cost, jobs: walk.jobs };
}
