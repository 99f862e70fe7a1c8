// How a dataset file is described: its columns (header → presence and type), its unique key and the
// columns that refer to other files' ids. Row types are derived from these specs, so they cannot drift.
import type { ColumnType } from './column-types.ts';

export type Presence = 'required' | 'optional' | 'defaulted';

export interface Column<T, P extends Presence = Presence> {
  readonly presence: P;
  readonly type: ColumnType<T>;
  /** The value of an empty cell in a defaulted column. */
  readonly fallback?: T;
}

export const required = <T>(type: ColumnType<T>): Column<T, 'required'> => ({ presence: 'required', type });
export const optional = <T>(type: ColumnType<T>): Column<T, 'optional'> => ({ presence: 'optional', type });
export const defaulted = <T>(type: ColumnType<T>, fallback: T): Column<T, 'defaulted'> => ({
  presence: 'defaulted',
  type,
  fallback,
});

export type Columns = Readonly<Record<string, Column<unknown>>>;

/** The node files whose `id` other files refer to. */
export type NodeType = 'hubs' | 'capabilities' | 'programs' | 'organizations' | 'events' | 'projects';

export interface Reference {
  readonly column: string;
  readonly target: NodeType;
  /** Only target rows whose column has this value count (a sector must be a capability of level SECTOR). */
  readonly where?: { readonly column: string; readonly value: string };
}

export interface FileSpec<C extends Columns = Columns> {
  /** Key in the Dataset object. */
  readonly type: string;
  /** File name in the dataset folder. */
  readonly file: string;
  readonly columns: C;
  /** Columns whose values together must be unique across every file of this type. */
  readonly key: readonly string[];
  readonly references: readonly Reference[];
}

/** Checks at compile time that the key and reference columns are columns of the file. */
export function defineFile<const C extends Columns>(
  spec: FileSpec<C> & {
    key: readonly (keyof C & string)[];
    references: readonly (Reference & { column: keyof C & string })[];
  },
): FileSpec<C> {
  return spec;
}

/** The typed row of a file: required and defaulted columns always hold a value, optional ones may be null. */
export type RowOf<S extends FileSpec> = {
  -readonly [K in keyof S['columns']]: S['columns'][K] extends Column<infer T, infer P>
    ? P extends 'optional'
      ? T | null
      : T
    : never;
};
