// `pnpm data seed [--if-empty]`: migrates the database, then loads the sample dataset (validated whole
// first, written in one transaction). With --if-empty it leaves a database that has organisations alone.
import { relative } from 'node:path';
import { applyMigrations } from '@siheung/core/db';
import { readDataset } from '../dataset/index.ts';
import { isDatabaseEmpty, loadDataset } from '../load/index.ts';
import { SAMPLE_DATA_DIR } from '../sample-data-dir.ts';
import type { Command } from './command.ts';
import { formatSummary } from './format-summary.ts';
import { openCliDatabase } from './open-cli-database.ts';
import { parseCommandArgs } from './parse-args.ts';

export const seedCommand: Command = {
  name: 'seed',
  usage: '[--if-empty]',
  summary:
    'load the sample data (seed/data/sample) into NEO4J_URI; --if-empty: only into a database without organisations',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { 'if-empty': { type: 'boolean' } });
    const { db, target } = await openCliDatabase(io.env);
    try {
      const migrations = await applyMigrations(db);
      if (migrations.applied.length > 0) io.out(`data seed: applied migrations ${migrations.applied.join(', ')}`);
      if (values['if-empty'] && !(await isDatabaseEmpty(db))) {
        io.out(`data seed: ${target} already has organisations; left as is (--if-empty)`);
        return;
      }
      const dataset = await readDataset(SAMPLE_DATA_DIR);
      const summary = await loadDataset(db, dataset);
      io.out(`data seed: loaded ${relative(process.cwd(), SAMPLE_DATA_DIR) || '.'} into ${target}`);
      for (const line of formatSummary(summary)) io.out(line);
    } finally {
      await db.close();
    }
  },
};
