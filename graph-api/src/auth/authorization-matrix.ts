// The checked-in authorization matrix (docs/authorization.md): every Query and Mutation field, private field and
// route × every role, generated from the policy map so the document cannot drift from what the server enforces.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { sdlSchema } from '../contract/printed-schema.ts';
import type { Role } from './actor.ts';
import {
  MUTATION_POLICY,
  PRIVATE_FIELDS,
  PRIVATE_INPUT_FIELDS,
  QUERY_POLICY,
  requiredRole,
  ROUTE_POLICY,
} from './policy.ts';
import { roleAtLeast, ROLES } from './roles.ts';

export const AUTHORIZATION_DOC = resolve(import.meta.dirname, '../../../docs/authorization.md');
export const MATRIX_START =
  '<!-- authorization-matrix:start — generated from graph-api/src/auth/policy.ts by `pnpm --filter ' +
  '@siheung/graph-api authz:print`; do not edit by hand -->';
export const MATRIX_END = '<!-- authorization-matrix:end -->';

const HEADER =
  '| | public (no key) | researcher | staff | admin | revoked key | malformed key |\n|---|---|---|---|---|---|---|';

function row(label: string, required: Role): string {
  const cells = ROLES.map((role) => (roleAtLeast(role, required) ? '✓' : '✗ FORBIDDEN'));
  return `| ${label} | ${cells.join(' | ')} | ✗ 401 | ✗ 401 |`;
}

const section = (title: string, rows: string[]): string => `### ${title}\n\n${HEADER}\n${rows.join('\n')}\n`;

/** Object fields that the policy leaves public, by type (they are reached only through the fields above). */
function publicFieldsByType(schema: GraphQLSchema): string[] {
  const rows: string[] = [];
  for (const type of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (
      type.name.startsWith('__') ||
      type.name === 'Query' ||
      type.name === 'Mutation' ||
      !('getFields' in type) ||
      !('getInterfaces' in type)
    )
      continue;
    const fields = Object.keys(type.getFields())
      .filter((field) => requiredRole(`${type.name}.${field}`) === 'public')
      .sort();
    if (fields.length > 0) rows.push(`| \`${type.name}\` | ${fields.join(', ')} |`);
  }
  return rows;
}

export function renderAuthorizationMatrix(schema: GraphQLSchema = sdlSchema()): string {
  const sorted = (policy: Readonly<Record<string, Role>>, prefix: string) =>
    Object.entries(policy)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, role]) => row(`\`${prefix}${field}\``, role));
  return [
    MATRIX_START,
    '',
    '✓ allowed · ✗ FORBIDDEN: refused with a `FORBIDDEN` error (HTTP 403 for a route) · ✗ 401: the whole ' +
      'request is refused with `UNAUTHENTICATED` (HTTP 401), whatever it asks (once its address has spent its ' +
      'failed authentications, HTTP 429 `RATE_LIMITED` instead: docs/limits.md).',
    '',
    section('Queries', sorted(QUERY_POLICY, 'Query.')),
    section('Mutations', sorted(MUTATION_POLICY, 'Mutation.')),
    section('Private fields (object fields above public)', sorted(PRIVATE_FIELDS, '')),
    section('Private input fields (giving them needs the role)', sorted(PRIVATE_INPUT_FIELDS, '')),
    section(
      'Routes beside /graphql',
      Object.entries(ROUTE_POLICY).map(([route, role]) => row(`\`GET ${route}\``, role)),
    ),
    '### Every other field: public (✓ for every role with a valid key or none; ✗ 401 with a revoked or ' +
      'malformed key)\n',
    '| Type | Fields |\n|---|---|',
    ...publicFieldsByType(schema),
    '',
    MATRIX_END,
  ].join('\n');
}

/** The document with its matrix section replaced by `matrix`. */
export function withMatrix(document: string, matrix: string): string {
  const start = document.indexOf(MATRIX_START);
  const end = document.indexOf(MATRIX_END);
  if (start === -1 || end === -1)
    throw new Error(`auth/authorization-matrix: ${AUTHORIZATION_DOC} has no matrix markers`);
  return `${document.slice(0, start)}${matrix}${document.slice(end + MATRIX_END.length)}`;
}

export const readAuthorizationDoc = (): string => readFileSync(AUTHORIZATION_DOC, 'utf8');
