// What an import reads: named byte buffers (files from disk or uploads), and how paths become them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Problem } from '../dataset/index.ts';

export interface ImportInput {
  /** The name problems use: the file name, or its path when two inputs share a name. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Extensions an import reads: CSV (comma), TSV and TXT (tab: Excel's "Unicode text"), XLSX workbooks. */
export const IMPORT_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx'] as const;

const supported = (path: string): boolean =>
  (IMPORT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());

/**
 * Reads the given files, and the supported files directly inside the given folders (sorted by name;
 * hidden files and Excel's ~$ lock files skipped). A missing path or an unsupported file named on its own
 * is a problem.
 */
export async function collectInputs(paths: readonly string[]): Promise<{ inputs: ImportInput[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) {
      problems.push({ file: path, row: 0, column: '', value: '', expected: 'a file or folder that exists' });
    } else if (statSync(path).isDirectory()) {
      const inside = readdirSync(path)
        .filter((name) => !name.startsWith('.') && !name.startsWith('~$') && supported(name))
        .sort()
        .map((name) => join(path, name))
        .filter((file) => statSync(file).isFile());
      if (inside.length === 0)
        problems.push({
          file: path,
          row: 0,
          column: '',
          value: '',
          expected: `a folder holding ${IMPORT_EXTENSIONS.join(', ')} files`,
        });
      files.push(...inside);
    } else if (!supported(path)) {
      problems.push({ file: path, row: 0, column: '', value: '', expected: `a ${IMPORT_EXTENSIONS.join(', ')} file` });
    } else {
      files.push(path);
    }
  }
  const counts = new Map<string, number>();
  for (const file of files) counts.set(basename(file), (counts.get(basename(file)) ?? 0) + 1);
  const inputs = await Promise.all(
    files.map(async (file) => ({
      name: (counts.get(basename(file)) ?? 0) > 1 ? file : basename(file),
      bytes: await readFile(file),
    })),
  );
  return { inputs, problems };
}
