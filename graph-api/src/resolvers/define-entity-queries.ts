// The list and by-id query fields every catalogue entity has (hubs/hub, programs/program, …): the list read by its
// named query and primed into the request's loader (nested fields asking for the same ids then query nothing), and
// one entity loaded by id, NOT_FOUND naming `id` when there is none.
import type DataLoader from 'dataloader';
import type { AppContext } from '../app/context.ts';
import type { Params } from '@siheung/core/db';
import { notFound } from '../errors/app-errors.ts';
import type { Loaders } from '../data/create-loaders.ts';
import { requiredId } from '../validation/arguments.ts';

export interface EntityQueriesSpec<Row extends { id: string }, ListArgs> {
  /** What NOT_FOUND calls it (e.g. `hub`). */
  entity: string;
  /** The named query of the list, and the column of its rows that holds each entity. */
  listQuery: string;
  column: string;
  /** The request's loader of the entity by id. */
  loader: (loaders: Loaders) => DataLoader<string, Row | null>;
  /** The list query's parameters from the field's arguments (validated here; may look things up). */
  listParams?: (args: ListArgs, context: AppContext) => Params | Promise<Params>;
}

export function defineEntityQueries<Row extends { id: string }, ListArgs = unknown>(
  spec: EntityQueriesSpec<Row, ListArgs>,
) {
  return {
    async list(_parent: unknown, args: ListArgs, context: AppContext): Promise<Row[]> {
      const params = spec.listParams ? await spec.listParams(args, context) : {};
      const rows = (await context.db.read(spec.listQuery, params)).map((row) => row[spec.column] as Row);
      const loader = spec.loader(context.loaders);
      for (const row of rows) loader.prime(row.id, row);
      return rows;
    },
    async byId(_parent: unknown, args: { id: string }, context: AppContext): Promise<Row> {
      const row = await spec.loader(context.loaders).load(requiredId('id', args.id));
      if (!row) throw notFound(spec.entity, args.id, 'id');
      return row;
    },
  };
}
