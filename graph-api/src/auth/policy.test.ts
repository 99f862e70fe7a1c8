// The policy map covers the whole schema: a new Query or Mutation field fails here until it is given a role, and
// every entry names something that exists; the schema the server builds guards every field above public.
import { isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../app/create-app.ts';
import { sdlSchema } from '../contract/printed-schema.ts';
import { applyPolicy } from './apply-policy.ts';
import { MUTATION_POLICY, PRIVATE_FIELDS, PRIVATE_INPUT_FIELDS, QUERY_POLICY, requiredRole } from './policy.ts';
import { roleAtLeast, ROLES } from './roles.ts';

const schema = sdlSchema();
const fieldsOf = (name: 'Query' | 'Mutation') =>
  Object.keys((name === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).sort();

describe('the authorization policy', () => {
  it('gives every Query field a role, and lists no field the schema lacks', () => {
    expect(Object.keys(QUERY_POLICY).sort()).toEqual(fieldsOf('Query'));
  });

  it('gives every Mutation field a role, and lists no field the schema lacks', () => {
    expect(Object.keys(MUTATION_POLICY).sort()).toEqual(fieldsOf('Mutation'));
  });

  it('names only object fields and input fields that exist', () => {
    const missing = [...Object.keys(PRIVATE_FIELDS), ...Object.keys(PRIVATE_INPUT_FIELDS)].filter((coordinate) => {
      const [typeName, field] = coordinate.split('.') as [string, string];
      const type = schema.getType(typeName);
      return !((isObjectType(type) || isInputObjectType(type)) && field in type.getFields());
    });
    expect(missing).toEqual([]);
  });

  it('never lets a lower role do what a higher one needs', () => {
    expect(ROLES.map((role) => ROLES.filter((required) => roleAtLeast(role, required)))).toEqual([
      ['public'],
      ['public', 'researcher'],
      ['public', 'researcher', 'staff'],
      ['public', 'researcher', 'staff', 'admin'],
    ]);
    expect(requiredRole('Mutation.somethingNew')).toBe('admin');
    expect(requiredRole('Query.somethingNew')).toBe('admin');
    expect(requiredRole('/unknown/*')).toBe('admin');
  });

  it('keeps mutations and key management off the public role', () => {
    expect(Object.entries(MUTATION_POLICY).filter(([, role]) => role === 'public' || role === 'researcher')).toEqual(
      [],
    );
    expect([
      QUERY_POLICY.apiKeys,
      QUERY_POLICY.auditLog,
      MUTATION_POLICY.createApiKey,
      MUTATION_POLICY.revokeApiKey,
    ]).toEqual(['admin', 'admin', 'admin', 'admin']);
  });

  it('is applied to the server schema: fields above public, and fields whose arguments reach a private input', () => {
    const guarded = applyPolicy(buildSchema()).sort();
    const abovepublic = [
      ...Object.entries(QUERY_POLICY)
        .filter(([, role]) => role !== 'public')
        .map(([field]) => `Query.${field}`),
      ...Object.keys(MUTATION_POLICY).map((field) => `Mutation.${field}`),
      ...Object.keys(PRIVATE_FIELDS),
    ];
    expect(guarded).toEqual(expect.arrayContaining(abovepublic));
    expect(guarded).toContain('Query.organizations');
    expect(guarded).not.toContain('Query.hubs');
  });
});
