// Whether explorer/dist is missing or older than the explorer's sources (then `pnpm start` builds it).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../neo4j/local-neo4j.ts';

const EXPLORER_DIR = join(REPO_ROOT, 'explorer');

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function explorerNeedsBuild(): boolean {
  const builtIndex = join(EXPLORER_DIR, 'dist', 'index.html');
  if (!existsSync(builtIndex)) return true;
  return newestSourceTime(join(EXPLORER_DIR, 'src')) > statSync(builtIndex).mtimeMs;
}
