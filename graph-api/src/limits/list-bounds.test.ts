// Every list field of the schema has a bound; fields bounded by their own argument declare it with the table's
// default; docs/limits.md lists every bound with the table's values.
import { readFileSync } from 'node:fs';
import { buildSchema, getNullableType, isListType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { boundRow } from '../../test/list-bound-rows.ts';
import { LIST_BOUNDS } from './list-bounds.ts';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
/** Table cells without the padding the formatter adds. */
const cells = (text: string) => text.replace(/ *\| */g, '|');
const docs = cells(readFileSync(new URL('../../../docs/limits.md', import.meta.url), 'utf8'));

const listFields = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
  .flatMap((type) =>
    Object.values((type as ReturnType<typeof schema.getQueryType> & object).getFields())
      .filter((field) => isListType(getNullableType(field.type)))
      .map((field) => ({ coordinate: `${type.name}.${field.name}`, field })),
  );

describe('list bounds', () => {
  it('bound every list field of the schema, and nothing else', () => {
    expect(listFields.map(({ coordinate }) => coordinate).sort()).toEqual(Object.keys(LIST_BOUNDS).sort());
  });

  it('match the arguments the schema declares', () => {
    for (const { coordinate, field } of listFields) {
      const bound = LIST_BOUNDS[coordinate]!;
      if (bound.by !== 'argument') continue;
      expect(field.args.find((arg) => arg.name === bound.argument)?.defaultValue, coordinate).toBe(bound.default);
    }
  });

  it('are listed in docs/limits.md with the same values', () => {
    for (const [coordinate, bound] of Object.entries(LIST_BOUNDS))
      expect(docs).toContain(cells(boundRow(coordinate, bound)));
  });
});
