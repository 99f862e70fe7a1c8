// The server's error codes are the schema's ErrorCode enum: the same set the served schema and the printed schema
// (what clients generate their types from) carry, and each typed error the helpers make uses one of them.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../schema/load-type-defs.ts';
import type { AppError } from './app-errors.ts';
import { badUserInput, conflict, databaseUnavailable, ERROR_CODES, notFound, unknownIds } from './app-errors.ts';

// Duck-typed: @graphql-tools may bring its own copy of graphql, so instanceof would not hold.
const enumValues = (type: unknown): string[] => {
  expect(type).toHaveProperty('getValues');
  return (type as GraphQLEnumType)
    .getValues()
    .map((value) => value.name)
    .sort();
};

describe('error codes', () => {
  it('are the ErrorCode enum of the served schema and of the printed schema clients generate from', () => {
    const codes = [...ERROR_CODES].sort();
    expect(codes).toEqual(
      expect.arrayContaining(['BAD_USER_INPUT', 'NOT_FOUND', 'DATABASE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']),
    );
    expect(enumValues(makeExecutableSchema({ typeDefs: loadTypeDefs() }).getType('ErrorCode'))).toEqual(codes);
    const printed = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
    expect(
      enumValues(printed.getType('ErrorCode')),
      'graph-api/schema.graphql is out of date: run schema:print',
    ).toEqual(codes);
  });

  it('are what the typed errors carry', () => {
    const made: AppError[] = [
      badUserInput('x', 'bad'),
      notFound('hub', 'H'),
      unknownIds('hubs', 'hub', ['H']),
      conflict('id', 'taken'),
      databaseUnavailable(),
    ];
    for (const error of made) expect(ERROR_CODES).toContain(error.extensions.code);
  });
});
