// The workspace packages depend on each other one way only (docs/architecture.md): a cycle would make a package
// both library and client of another, which is how graph-api and seed came to need each other.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function workspaceFolders(): string[] {
  const text = readFileSync(join(ROOT, 'pnpm-workspace.yaml'), 'utf8');
  const block = text.split(/^packages:\s*$/m)[1] ?? '';
  return [...block.matchAll(/^\s+-\s+['"]?([^'"\s]+)['"]?\s*$/gm)].map((match) => match[1]!);
}

/** Each workspace package's name → the workspace packages it depends on (any kind of dependency). */
function dependencyGraph(): Map<string, string[]> {
  const manifests = workspaceFolders().map(
    (folder) => JSON.parse(readFileSync(join(ROOT, folder, 'package.json'), 'utf8')) as Manifest,
  );
  const names = new Set(manifests.map((manifest) => manifest.name));
  return new Map(
    manifests.map((manifest) => {
      const all = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies };
      return [
        manifest.name,
        Object.keys(all)
          .filter((name) => names.has(name))
          .sort(),
      ];
    }),
  );
}

/** The first cycle found (as a path that ends where it starts), or null. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'visiting') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'visiting');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('workspace package dependencies', () => {
  it('finds a cycle when there is one', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toBeNull();
  });

  it('has no cycle between workspace packages, and core depends on none of them', () => {
    const graph = dependencyGraph();
    expect(graph.has('@siheung/core')).toBe(true);
    expect(findCycle(graph), 'workspace packages depend on each other in a cycle').toBeNull();
    expect(graph.get('@siheung/core')).toEqual([]);
    expect(graph.get('@siheung/explorer')).toEqual(['@siheung/core']);
  });
});
