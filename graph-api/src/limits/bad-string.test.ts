// Checks that every string argument is checked wherever it sits: literal or variable, nested input, list, fragment.
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findBadString } from './bad-string.ts';

const schema = buildSchema(`
  input Inner { note: String tags: [String!] }
  input Outer { id: ID name: String inner: Inner }
  type Item { id: ID! child(label: String): Item }
  type Query { find(text: String, ids: [ID!], input: Outer): Item }
`);
const CAPS = { string: 10, id: 5 };
const find = (document: string, variables: Record<string, unknown> = {}) =>
  findBadString(schema, parse(document), variables, CAPS);
const long = (length: number) => 'x'.repeat(length);

describe('findBadString', () => {
  it('lets strings at the cap through and names the first one past it', () => {
    expect(find(`{ find(text: "${long(10)}") { id } }`)).toBeNull();
    expect(find(`{ find(text: "${long(11)}") { id } }`)).toEqual({
      argument: 'text',
      problem: 'must be at most 10 characters',
    });
  });

  it('gives IDs their own cap, list items included', () => {
    expect(find(`{ find(ids: ["${long(5)}"]) { id } }`)).toBeNull();
    expect(find(`{ find(ids: ["a", "${long(6)}"]) { id } }`)).toEqual({
      argument: 'ids',
      problem: 'must be at most 5 characters',
    });
    // A single value where a list is expected counts as a list of one.
    expect(find('query($ids: [ID!]) { find(ids: $ids) { id } }', { ids: long(6) })).toEqual({
      argument: 'ids',
      problem: 'must be at most 5 characters',
    });
  });

  it('reads variables, nested input fields and lists inside them', () => {
    expect(find('query($input: Outer) { find(input: $input) { id } }', { input: { name: long(11) } })).toEqual({
      argument: 'input.name',
      problem: 'must be at most 10 characters',
    });
    expect(
      find('query($tag: String!) { find(input: { inner: { tags: ["ok", $tag] } }) { id } }', { tag: long(11) }),
    ).toEqual({ argument: 'input.inner.tags', problem: 'must be at most 10 characters' });
    expect(find('query($input: Outer) { find(input: $input) { id } }', { input: { id: long(6) } })).toEqual({
      argument: 'input.id',
      problem: 'must be at most 5 characters',
    });
  });

  it('reaches arguments of nested fields and inside fragments', () => {
    expect(find(`{ find { ...F } } fragment F on Item { child(label: "${long(11)}") { id } }`)).toEqual({
      argument: 'label',
      problem: 'must be at most 10 characters',
    });
  });

  it('refuses lone surrogates, and lets paired ones (emoji) through', () => {
    expect(find('query($t: String) { find(text: $t) { id } }', { t: 'a\uD800b' })).toEqual({
      argument: 'text',
      problem: expect.stringContaining('well-formed'),
    });
    expect(find('query($t: String) { find(text: $t) { id } }', { t: '\uDC00' })).toEqual({
      argument: 'text',
      problem: expect.stringContaining('well-formed'),
    });
    expect(find('query($t: String) { find(text: $t) { id } }', { t: '😀🧬' })).toBeNull();
  });

  it('ignores values of the wrong shape (validation reports those)', () => {
    expect(find('query($input: Outer) { find(input: $input) { id } }', { input: long(50) })).toBeNull();
  });
});
