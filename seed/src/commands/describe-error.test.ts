import { describe, expect, it } from 'vitest';
import { ConfigError } from '@siheung/core/config';
import { DbError } from '@siheung/core/db';
import { DatasetInvalidError } from '../dataset/index.ts';
import { PartialLoadError } from '../load/index.ts';
import { describeError } from './describe-error.ts';

describe('describeError', () => {
  it('lists every dataset problem on its own line, in file order', () => {
    const error = new DatasetInvalidError(
      [
        { file: 'organizations.csv', row: 7, column: 'founded', value: '19x5', expected: 'a year from 1800 to 2100' },
        { file: 'hubs.csv', row: 3, column: 'lat', value: 'north', expected: 'a number from -90 to 90' },
      ],
      'seed/data/sample',
    );
    expect(describeError(error, 'seed')).toEqual([
      'data seed: seed/data/sample has 2 problems; nothing was written',
      'hubs.csv:3:lat: expected a number from -90 to 90, got "north"',
      'organizations.csv:7:founded: expected a year from 1800 to 2100, got "19x5"',
    ]);
  });

  it('gives one line for configuration, database and unexpected errors', () => {
    expect(describeError(new ConfigError('NEO4J_URI is required'), 'seed')).toEqual([
      'data seed: NEO4J_URI is required',
    ]);
    expect(
      describeError(
        new DbError('CONSTRAINT', 'Relationship(12) already exists with type `COLLABORATES_WITH`\nmore'),
        'seed',
      ),
    ).toEqual(['data seed: Relationship(12) already exists with type `COLLABORATES_WITH`; nothing was written']);
    expect(
      describeError(new DbError('UNAVAILABLE', 'Neo4j is unavailable (ServiceUnavailable)'), 'seed', {
        NEO4J_URI: 'bolt://db:7687',
      }),
    ).toEqual([
      'data seed: Neo4j is unavailable (ServiceUnavailable) (is Neo4j running at bolt://db:7687? `pnpm ' +
        'db:start` starts a local one); nothing was written',
    ]);
    expect(describeError(new DbError('UNAVAILABLE', 'Neo4j does not answer at bolt://127.0.0.1:7687'), 'seed')).toEqual(
      [
        'data seed: Neo4j does not answer at bolt://127.0.0.1:7687 (is the local Neo4j running? `pnpm db:start` ' +
          'starts it); nothing was written',
      ],
    );
    expect(describeError(new Error('boom\n  at somewhere'), 'seed')).toEqual(['data seed: boom']);
  });

  it('tells how far a batched import got and that a rerun completes it', () => {
    const error = new PartialLoadError(12, 40, new DbError('UNAVAILABLE', 'Neo4j is unavailable (ServiceUnavailable)'));
    expect(describeError(error, 'import', { NEO4J_URI: 'bolt://db:7687' })).toEqual([
      'data import: Neo4j is unavailable (ServiceUnavailable) (is Neo4j running at bolt://db:7687? `pnpm ' +
        'db:start` starts a local one); 12 of 40 batches were committed: rerun the same import to complete it (a ' +
        'rerun reaches the same state as an uninterrupted import)',
    ]);
  });
});
