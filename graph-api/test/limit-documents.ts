// Documents that sit exactly at a query limit (or one past it), built from the real schema's fields, and the
// explorer's own documents: shared by the limits' unit and integration tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, visit, type DocumentNode } from 'graphql';
import type { QueryLimits } from '../src/limits/limits-config.ts';

const repeat = (count: number, text: (index: number) => string): string =>
  Array.from({ length: count }, (_, index) => text(index)).join(' ');

/** `capability(id) { broader { … { id } } }`: depth = levels; a chain that ends in null after a few steps, so cheap. */
export function depthDocument(levels: number, capabilityId: string): string {
  const broader = levels - 2;
  return `{ capability(id: "${capabilityId}") { ${'broader { '.repeat(broader)}id${' }'.repeat(broader)} } }`;
}

/** The same depth through a chain of fragments (each adds one level, as if written inline). */
export function fragmentDepthDocument(levels: number, capabilityId: string): string {
  const broader = levels - 2;
  const fragments = Array.from({ length: broader }, (_, index) =>
    index === broader - 1
      ? `fragment F${index} on Capability { broader { id } }`
      : `fragment F${index} on Capability { broader { ...F${index + 1} } }`,
  );
  return `{ capability(id: "${capabilityId}") { ...F0 } } ${fragments.join(' ')}`;
}

const GRAPH_NODES = 5_000;
const GRAPH_EDGES = 50_000;

/**
 * `graph(limit: L) { nodes { id } edges(first: E) { id } }` costs 1 + L + E in the cost model (the payload, its nodes
 * and its edges); aliased copies of it add up to exactly `cost`.
 */
export function costDocument(cost: number): string {
  const full = 1 + GRAPH_NODES + GRAPH_EDGES;
  const parts: string[] = [];
  for (let left = cost; left > 0; left -= Math.min(left, full)) {
    const room = Math.min(left, full) - 1;
    const nodes = Math.min(room, GRAPH_NODES);
    parts.push(
      `g${parts.length}: graph(limit: ${Math.max(nodes, 1)}) { ${nodes > 0 ? 'nodes { id } ' : ''}` +
        `edges(first: ${room - nodes}) { id } }`,
    );
  }
  return `{ ${parts.join(' ')} }`;
}

/** `networkStats` on `computations` distinct dates: as many worker jobs, each a cold cache key of its own. */
export const computationsDocument = (computations: number): string =>
  `{ ${repeat(computations, (index) => `s${index}: networkStats(asOf: "${2024 - index}-06-30") { organizations }`)} }`;

export const aliasDocument = (aliases: number): string => `{ ${repeat(aliases, (index) => `a${index}: ok`)} }`;

export const directiveDocument = (directives: number): string =>
  `{ ${repeat(directives, () => 'ok @include(if: true)')} }`;

/**
 * 16 tokens of `organizations(filter: { kinds: [] }) { totalCount }` and the rest list items (repeating one field
 * instead would trip graphql-js's own budget for comparing fields that merge).
 */
export const tokenDocument = (tokens: number): string =>
  `{ organizations(filter: { kinds: [${repeat(tokens - 16, () => 'COMPANY')}] }) { totalCount } }`;

export const operationsDocument = (operations: number): string =>
  repeat(operations, (index) => `query Q${index} { ok }`);

export const LIMIT_DOCUMENTS: Record<keyof QueryLimits, (n: number, capabilityId: string) => string> = {
  depth: depthDocument,
  cost: costDocument,
  computations: computationsDocument,
  aliases: aliasDocument,
  directives: directiveDocument,
  tokens: tokenDocument,
  operations: operationsDocument,
};

const EXPLORER_API = resolve(fileURLToPath(import.meta.url), '../../../explorer/src/api');

/** Every operation the explorer sends, with the fragments it spreads (its documents are `/* GraphQL *\/` strings). */
export function explorerOperations(): { name: string; document: string }[] {
  const texts = readdirSync(EXPLORER_API)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .flatMap((file) =>
      [...readFileSync(join(EXPLORER_API, file), 'utf8').matchAll(/[=(,]\s*\/\* GraphQL \*\/\s*`([^`]*)`/g)].map(
        (match) => match[1]!.replace(/\$\{[^}]*\}/g, ''),
      ),
    );
  const fragments = new Map<string, string>();
  const operations: { name: string; text: string; document: DocumentNode }[] = [];
  for (const text of texts) {
    const document = parse(text);
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, text.slice(definition.loc!.start, definition.loc!.end));
      if (definition.kind === Kind.OPERATION_DEFINITION)
        operations.push({ name: definition.name?.value ?? '?', text, document });
    }
  }
  const spreadsOf = (document: DocumentNode): string[] => {
    const names: string[] = [];
    visit(document, { FragmentSpread: (node) => void names.push(node.name.value) });
    return names;
  };
  return operations.map(({ name, text, document }) => {
    const needed = new Set<string>();
    const pending = spreadsOf(document);
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (needed.has(next) || text.includes(`fragment ${next} `)) continue;
      needed.add(next);
      pending.push(...spreadsOf(parse(fragments.get(next)!)));
    }
    return { name, document: [text, ...[...needed].map((fragment) => fragments.get(fragment)!)].join('\n') };
  });
}
