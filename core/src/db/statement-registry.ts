// Named Cypher statements: every `.cypher` file under some folders (rooms at any depth), found by its bare file name,
// with each `// include: <fragment>` line replaced by cypher/fragments/<fragment>.cypher so a shared projection is
// written once. Names are unique across the folders: one name, one file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CYPHER_DIR, FRAGMENTS_DIR } from './paths.ts';

export interface StatementRegistry {
  /** The statement's text, includes expanded; throws for a name with no file (a programming error, not user input). */
  text(name: string): string;
  /** Every statement's name, sorted. */
  names(): string[];
}

const NAME = /^[a-z0-9-]+$/;
const INCLUDE = /^([ \t]*)\/\/ include: (\S+)[ \t]*$/gm;

/** The registry of the statements under `folders`; it reads them on first use and keeps the texts. */
export function createStatementRegistry(folders: readonly string[], fragmentsDir = FRAGMENTS_DIR): StatementRegistry {
  let files: Map<string, string> | null = null;
  const texts = new Map<string, string>();
  const index = (): Map<string, string> => (files ??= indexFolders(folders));
  return {
    text(name) {
      const cached = texts.get(name);
      if (cached !== undefined) return cached;
      if (!NAME.test(name)) throw new Error(`db/statement-registry: invalid query name "${name}"`);
      const file = index().get(name);
      if (file === undefined)
        throw new Error(`db/statement-registry: no query file ${name}.cypher under ${folders.map(shown).join(', ')}`);
      const text = expandIncludes(readFileSync(file, 'utf8'), [name], fragmentsDir);
      texts.set(name, text);
      return text;
    },
    names: () => [...index().keys()].sort(),
  };
}

function indexFolders(folders: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
      const name = entry.name.slice(0, -'.cypher'.length);
      const file = join(entry.parentPath, entry.name);
      const other = files.get(name);
      if (other !== undefined)
        throw new Error(
          `db/statement-registry: query name "${name}" is used twice: ${shown(other)} and ${shown(file)}`,
        );
      files.set(name, file);
    }
  }
  return files;
}

/** Replaces include lines by their fragment (its leading comment lines dropped), indented as the line was. */
function expandIncludes(text: string, stack: readonly string[], fragmentsDir: string): string {
  return text.replace(INCLUDE, (_line, indent: string, fragment: string) => {
    if (!NAME.test(fragment))
      throw new Error(`db/statement-registry: invalid fragment name "${fragment}" in ${stack[0]}`);
    if (stack.includes(fragment))
      throw new Error(
        `db/statement-registry: fragment "${fragment}" includes itself (${[...stack, fragment].join(' → ')})`,
      );
    const body = readFragment(join(fragmentsDir, `${fragment}.cypher`), fragment, stack[0]!);
    return expandIncludes(body, [...stack, fragment], fragmentsDir)
      .split('\n')
      .map((line) => (line === '' ? line : indent + line))
      .join('\n');
  });
}

function readFragment(file: string, fragment: string, statement: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `db/statement-registry: ${statement} includes "${fragment}", but there is no cypher/fragments/${fragment}.cypher`,
    );
  }
  const lines = text.replace(/\n+$/, '').split('\n');
  while (lines.length > 0 && lines[0]!.startsWith('//') && !lines[0]!.startsWith('// include:')) lines.shift();
  return lines.join('\n');
}

const shown = (path: string): string => relative(join(CYPHER_DIR, '..'), path);
