// Applies cypher/schema/NNN-name.cypher in order, each once, and records it in the database.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database.ts';
import { SCHEMA_DIR } from './paths.ts';

export interface Migration {
  id: string;
  statements: string[];
  checksum: string;
}

/** Splits a migration file into statements: `;` ends a statement; `//` lines are comments. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export function readMigrations(dir = SCHEMA_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.cypher$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        id: file.replace(/\.cypher$/, ''),
        statements: splitStatements(text),
        checksum: createHash('sha256').update(text).digest('hex').slice(0, 16),
      };
    });
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

/**
 * Applies the migrations not yet recorded. The statements are idempotent (IF NOT EXISTS), so a
 * migration interrupted halfway is simply applied again on the next start.
 */
export async function applyMigrations(db: Database, migrations = readMigrations()): Promise<MigrationReport> {
  const recorded = await db.read('migration-list');
  const done = new Map(recorded.map((row) => [String(row.id), String(row.checksum)]));
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    const previous = done.get(migration.id);
    if (previous === migration.checksum) {
      report.alreadyApplied.push(migration.id);
      continue;
    }
    for (const statement of migration.statements) await db.runSchemaStatement(statement);
    await db.write('migration-record', { id: migration.id, checksum: migration.checksum });
    report.applied.push(migration.id);
  }
  return report;
}
