// `pnpm format:check`, after `prettier --check`: no line of a source or documentation file over 120 columns.
// Prettier keeps code within the width but leaves long strings, comments, Markdown table rows and other files
// (Cypher, migrations) as they are, so this check names each line it could not shorten as file:line.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const MAX_COLUMNS = 120;

/** The kinds of file checked, by extension: what people write and read (CSV and spreadsheets are data). */
const CHECKED = /\.(ts|tsx|js|mjs|cjs|json|css|html|md|cypher|graphql|ya?ml|sh|java|xml)$/;

/**
 * Files written by programs, not by hand (as in .prettierignore): their generators decide the width. A path ending
 * in `/` stands for everything below it.
 */
export const EXCLUDED = [
  'graph-api/src/generated/', // resolver types from codegen
  'explorer/src/api/generated/', // operation types from codegen
  'graph-api/schema.graphql', // the printed schema
  'docs/matching-eval.json', // written by `pnpm eval:matching`
  'bench/RESULTS.md', // written by `pnpm bench`: its aligned ratio table is wide
  'bench/results/', // raw data of each `pnpm bench` run
  'pnpm-lock.yaml',
  'seed/data/',
];

/**
 * Generated sections inside a hand-written Markdown file, between `<!-- name:begin …` (or `:start`) and
 * `<!-- name:end -->` lines: their program rewrites them whole, so their lines are skipped with the markers.
 */
const SECTION_OPEN = /^<!-- ([\w:-]+?):(?:begin|start)\b/;

export interface LongLine {
  file: string;
  line: number;
  columns: number;
}

export const isExcluded = (file: string): boolean =>
  EXCLUDED.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));

/**
 * The lines of `text` over MAX_COLUMNS. Columns are code points, so a Korean syllable or an emoji counts as one
 * (not as its UTF-8 bytes or UTF-16 units), whatever width a terminal gives it.
 */
export function longLines(file: string, text: string): LongLine[] {
  const found: LongLine[] = [];
  let section: string | null = null;
  text.split(/\r?\n/).forEach((content, index) => {
    if (file.endsWith('.md')) {
      if (section === null) section = SECTION_OPEN.exec(content)?.[1] ?? null;
      if (section !== null) {
        if (content.startsWith(`<!-- ${section}:end -->`)) section = null;
        return;
      }
    }
    const columns = [...content].length;
    if (columns > MAX_COLUMNS) found.push({ file, line: index + 1, columns });
  });
  return found;
}

/** The files git tracks, and new ones it does not ignore, that this check reads. */
export function checkedFiles(cwd = process.cwd()): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd,
    encoding: 'utf8',
  });
  return [...new Set(listed.split('\0'))].filter((file) => CHECKED.test(file) && !isExcluded(file)).sort();
}

function main(): void {
  const found: LongLine[] = [];
  for (const file of checkedFiles()) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // listed by git but deleted in the working tree
    }
    found.push(...longLines(file, text));
  }
  for (const { file, line, columns } of found) console.log(`${file}:${line}: ${columns} columns`);
  if (found.length > 0) {
    console.error(`check-line-length: ${found.length} lines over ${MAX_COLUMNS} columns`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
