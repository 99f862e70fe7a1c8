// Longest files first within each tier. Vitest orders files by the durations of the last run, which a clean clone
// (CI) does not have; it then runs the largest files first, and the short file that starts `pnpm start` three times
// came last, with one worker busy and the other idle. The files named here start processes or load data for most of
// a minute or more; they go first in their tier, in this order, the rest follow in vitest's own order.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST_FIRST = [
  'graph-api/src/cli/start-product.int.test.ts',
  'seed/src/import/import-interrupted.int.test.ts',
  'seed/src/export/export-roundtrip.int.test.ts',
  'graph-api/test/injection-corpus.int.test.ts',
  'core/src/db/cypher-statements.int.test.ts',
  'graph-api/src/resolvers/organization-page-nested.int.test.ts',
];

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // A renamed file would silently lose its place.
    const missing = LONGEST_FIRST.filter((file) => !existsSync(resolve(this.ctx.config.root, file)));
    if (missing.length > 0) throw new Error(`vitest.sequencer.ts names files that do not exist: ${missing.join(', ')}`);
    const sorted = await super.sort(files);
    const tierPosition = new Map<string, number>();
    for (const file of sorted)
      if (!tierPosition.has(file.project.name)) tierPosition.set(file.project.name, tierPosition.size);
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(relative(this.ctx.config.root, file.moduleId));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    const key = (file: TestSpecification, position: number) => [
      tierPosition.get(file.project.name)!,
      rank(file),
      position,
    ];
    return sorted
      .map((file, position) => ({ file, key: key(file, position) }))
      .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!)
      .map(({ file }) => file);
  }
}
