import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStatementRegistry } from './statement-registry.ts';

/** A throwaway tree: each key a relative path, each value the file's text. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'statement-registry-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('createStatementRegistry', () => {
  it('finds a statement in any room by its bare name', () => {
    const root = tree({ 'queries/a/one.cypher': 'RETURN 1', 'queries/b/deep/two.cypher': 'RETURN 2' });
    const registry = createStatementRegistry([join(root, 'queries')], join(root, 'fragments'));
    expect(registry.names()).toEqual(['one', 'two']);
    expect(registry.text('two')).toBe('RETURN 2');
  });

  it('refuses a name found twice, naming both files', () => {
    const root = tree({ 'queries/a/same.cypher': 'RETURN 1', 'tests/same.cypher': 'RETURN 2' });
    const registry = createStatementRegistry([join(root, 'queries'), join(root, 'tests')], join(root, 'fragments'));
    expect(() => registry.text('same')).toThrow(/"same" is used twice: .*same\.cypher and .*same\.cypher/);
  });

  it('does not load a statement outside its folders', () => {
    const root = tree({ 'queries/a/one.cypher': 'RETURN 1', 'tests/wipe.cypher': 'MATCH (n) DETACH DELETE n' });
    const registry = createStatementRegistry([join(root, 'queries')], join(root, 'fragments'));
    expect(() => registry.text('wipe')).toThrow(/no query file wipe\.cypher/);
    expect(() => registry.text('../tests/wipe')).toThrow(/invalid query name/);
  });

  it('replaces include lines by the fragment, indented, its header dropped, nested includes too', () => {
    const root = tree({
      'queries/one.cypher': '// one: a header\nMATCH (o)\nRETURN o {\n  // include: fields\n  degree: 1\n}',
      'fragments/fields.cypher': '// fields: a header\n.id, .name,\n// include: more',
      'fragments/more.cypher': '.kind,\n',
    });
    const registry = createStatementRegistry([join(root, 'queries')], join(root, 'fragments'));
    expect(registry.text('one')).toBe(
      '// one: a header\nMATCH (o)\nRETURN o {\n  .id, .name,\n  .kind,\n  degree: 1\n}',
    );
  });

  it('refuses a missing fragment and a fragment that includes itself', () => {
    const root = tree({
      'queries/missing.cypher': '// include: nowhere\nRETURN 1',
      'queries/loop.cypher': '// include: loop-a\nRETURN 1',
      'fragments/loop-a.cypher': '// include: loop-b',
      'fragments/loop-b.cypher': '// include: loop-a',
    });
    const registry = createStatementRegistry([join(root, 'queries')], join(root, 'fragments'));
    expect(() => registry.text('missing')).toThrow(
      /missing includes "nowhere", but there is no cypher\/fragments\/nowhere\.cypher/,
    );
    expect(() => registry.text('loop')).toThrow(/fragment "loop-a" includes itself/);
  });
});
