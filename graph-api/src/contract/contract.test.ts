// The schema is a contract: the checked-in printed schema and generated resolver types must match the SDL,
// and every type, field, argument and enum value must say what it is.
import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES_FILE, generateResolverTypes } from './codegen-config.ts';
import { printApiSchema, SCHEMA_FILE, sdlSchema } from './printed-schema.ts';

/** Every schema element without a description, as "Type", "Type.field", "Type.field(arg)" or "Enum.VALUE". */
export function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => (text ?? '').trim() === '';
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the schema contract', () => {
  it('matches the checked-in graph-api/schema.graphql', () => {
    const checkedIn = readFileSync(SCHEMA_FILE, 'utf8');
    expect(
      checkedIn === printApiSchema(),
      'graph-api/schema.graphql is out of date: run `pnpm --filter @siheung/graph-api schema:print`',
    ).toBe(true);
  });

  it('matches the checked-in generated resolver types', async () => {
    const checkedIn = readFileSync(GENERATED_TYPES_FILE, 'utf8');
    const fresh = await generateResolverTypes();
    expect(
      checkedIn === fresh,
      'src/generated/resolvers-types.ts is out of date: run `pnpm --filter @siheung/graph-api codegen`',
    ).toBe(true);
  });

  it('describes every type, field, argument and enum value', () => {
    expect(undocumented(sdlSchema())).toEqual([]);
  });

  it('notices an element without a description', async () => {
    const { buildSchema: fromSdl } = await import('graphql');
    const schema = fromSdl('"Root." type Query { "Documented." a(x: Int): Int b: Int } enum E { "One." ONE TWO }');
    expect(undocumented(schema)).toEqual(['Query.a(x)', 'Query.b', 'E', 'E.TWO']);
  });
});
