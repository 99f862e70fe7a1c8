// Test helpers: the valid fixture dataset as text, variants of it with rows or files changed, and the
// problems (or dataset) they produce.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildDataset,
  DATASET_FILES,
  DatasetInvalidError,
  parseCsvText,
  type Dataset,
  type Problem,
  type RawTable,
} from '../src/dataset/index.ts';

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const VALID_DIR = join(FIXTURES_DIR, 'valid');

/** Each file of the valid fixture as text, by file name. */
export function validTexts(): Record<string, string> {
  return Object.fromEntries(DATASET_FILES.map((spec) => [spec.file, readFileSync(join(VALID_DIR, spec.file), 'utf8')]));
}

/** The line number the next appended row of a file will have. */
export function nextLine(file: string, texts = validTexts()): number {
  const text = texts[file] ?? '';
  return text.replace(/\r?\n$/, '').split('\n').length + 1;
}

/** The valid texts with rows appended to some files (given as CSV lines), files replaced, or (null) removed. */
export function variant(changes: {
  append?: Record<string, string[]>;
  replace?: Record<string, string | null>;
}): Record<string, string> {
  const texts = validTexts();
  for (const [file, rows] of Object.entries(changes.append ?? {})) {
    const base = (texts[file] ?? '').replace(/\r?\n$/, '');
    texts[file] = `${base}\n${rows.join('\n')}\n`;
  }
  for (const [file, text] of Object.entries(changes.replace ?? {})) {
    if (text === null) delete texts[file];
    else texts[file] = text;
  }
  return texts;
}

export function build(texts: Record<string, string>, extraTables: RawTable[] = []): Dataset {
  const readProblems: Problem[] = [];
  const tables: RawTable[] = [];
  for (const [file, text] of Object.entries(texts)) {
    const result = parseCsvText(text, file);
    readProblems.push(...result.problems);
    if (result.table) tables.push(result.table);
  }
  return buildDataset([...tables, ...extraTables], { readProblems });
}

/** The problems a variant has ([] when it is valid). */
export function problemsOf(texts: Record<string, string>, extraTables: RawTable[] = []): Problem[] {
  try {
    build(texts, extraTables);
    return [];
  } catch (error) {
    if (error instanceof DatasetInvalidError) return [...error.problems];
    throw error;
  }
}
