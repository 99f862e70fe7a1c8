// One small operation per Query or Mutation field, generated from the schema: required arguments get harmless
// placeholder values (an id that names nothing, empty strings and lists), so an allowed call answers NOT_FOUND or
// BAD_USER_INPUT at worst and never writes; the selection is just `__typename`.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export const MISSING_ID = 'T-AUTHZ-NONE';

function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return '[]';
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return `{ ${required.map((field) => `${field.name}: ${literal(field.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    if (type.name === 'ID') return JSON.stringify(MISSING_ID);
    if (type.name === 'Int' || type.name === 'Float') return '1';
    if (type.name === 'Boolean') return 'false';
    if (type.name === 'String') return '""';
  }
  return 'null';
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const args =
    required.length === 0 ? '' : `(${required.map((arg) => `${arg.name}: ${literal(arg.type)}`).join(', ')})`;
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} { ${field.name}${args}${selection} }`;
}

/** `Query.x` / `Mutation.y` → an operation that calls just that field. */
export function fieldOperations(schema: GraphQLSchema): Map<string, string> {
  const operations = new Map<string, string>();
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {}))
      operations.set(`${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`, operationFor(kind, field));
  }
  return operations;
}
