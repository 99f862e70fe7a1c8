// The value types a CSV cell can hold: each parses trimmed, non-empty text or says what it expected.

export type ParseResult<T> = { ok: true; value: T } | { ok: false };

export interface ColumnType<T> {
  /** string | id | int | float | bool | date | enum | list */
  readonly name: string;
  /** Follows "expected" in a problem, e.g. "an integer from 1 to 3". */
  readonly expected: string;
  parse(text: string): ParseResult<T>;
}

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail: ParseResult<never> = { ok: false };

/** Free text; line breaks become \n and Hangul is NFC-composed (text pasted from macOS may be decomposed). */
export const text: ColumnType<string> = {
  name: 'string',
  expected: 'text',
  parse: (value) => ok(value.replace(/\r\n?/g, '\n').normalize('NFC')),
};

/** Stable ids: uppercase ASCII letters and digits in hyphen-separated parts (ORG-SNUH, SYN-CO-001). */
export const id: ColumnType<string> = {
  name: 'id',
  expected: 'an id of uppercase letters, digits and hyphens (e.g. ORG-SNUH)',
  parse: (value) => (/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(value) ? ok(value) : fail),
};

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

export function int(options: { min?: number; max?: number; what?: string } = {}): ColumnType<number> {
  const { min, max } = options;
  return {
    name: 'int',
    expected: `${options.what ?? 'an integer'}${rangeText(min, max)}`,
    parse(value) {
      if (!/^[+-]?\d+$/.test(value)) return fail;
      const number = Number(value);
      if (!Number.isSafeInteger(number) || (min !== undefined && number < min) || (max !== undefined && number > max))
        return fail;
      return ok(number);
    },
  };
}

export function float(options: { min?: number; max?: number; positive?: boolean } = {}): ColumnType<number> {
  const { min, max, positive } = options;
  return {
    name: 'float',
    expected: positive ? 'a number greater than 0' : `a number${rangeText(min, max)}`,
    parse(value) {
      if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value)) return fail;
      const number = Number(value);
      if (!Number.isFinite(number) || (positive && number <= 0)) return fail;
      if ((min !== undefined && number < min) || (max !== undefined && number > max)) return fail;
      return ok(number);
    },
  };
}

const TRUE_WORDS = new Set(['true', '예']);
const FALSE_WORDS = new Set(['false', '아니오']);

/** true/false in any case (Excel writes TRUE/FALSE), or 예/아니오. */
export const bool: ColumnType<boolean> = {
  name: 'bool',
  expected: 'true or false (예 or 아니오)',
  parse(value) {
    const word = value.toLowerCase();
    return TRUE_WORDS.has(word) ? ok(true) : FALSE_WORDS.has(word) ? ok(false) : fail;
  },
};

/** A real calendar date written YYYY-MM-DD, kept as that text (Cypher turns it into a date). */
export const date: ColumnType<string> = {
  name: 'date',
  expected: 'a date YYYY-MM-DD',
  parse(value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return fail;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const parsed = new Date(Date.UTC(year, month - 1, day));
    const real = parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
    return real ? ok(value) : fail;
  },
};

/** One of the codes, written as the code or (when labels are given) as its Korean name. */
export function enumOf<const V extends string>(
  values: readonly V[],
  labels: Readonly<Record<string, string>> = {},
): ColumnType<V> {
  const byLabel = new Map(
    values.filter((code) => labels[code] !== undefined).map((code) => [labels[code], code] as const),
  );
  const shown = values.map((code) => (labels[code] === undefined ? code : `${code} (${labels[code]})`));
  return {
    name: 'enum',
    expected: `one of ${shown.join(', ')}`,
    parse(value) {
      if ((values as readonly string[]).includes(value)) return ok(value as V);
      const code = byLabel.get(value.normalize('NFC'));
      return code === undefined ? fail : ok(code);
    },
  };
}

/** `;`-separated values, each trimmed; empty parts dropped. */
export const list: ColumnType<string[]> = {
  name: 'list',
  expected: 'values separated by ";"',
  parse: (value) =>
    ok(
      value
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    ),
};
