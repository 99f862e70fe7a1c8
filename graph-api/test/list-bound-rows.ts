// The rows of docs/limits.md's table of list bounds, as list-bounds.test.ts expects them.
import type { ListBound } from '../src/limits/list-bounds.ts';

/** The row of docs/limits.md's table of list bounds for one field. */
export function boundRow(coordinate: string, bound: ListBound): string {
  const number = (value: number) => value.toLocaleString('en-US');
  const name = `\`${coordinate}\``;
  if (bound.by === 'argument')
    return `| ${name} | \`${bound.argument}\` | ${number(bound.default)} | ${number(bound.max)} | ${bound.applied} |`;
  if (bound.by === 'parent')
    return `| \`${coordinate}\` | parent's \`${bound.argument}\` | — | ${number(bound.max)} | — |`;
  return `| \`${coordinate}\` | construction | — | ${number(bound.max)} | — |`;
}
