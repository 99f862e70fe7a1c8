// `pnpm data export --out DIR [--hubs …] [--kinds …] [--prefix …]`: the graph, or a scope of it, as the
// dataset's CSV files, which `pnpm data import` reads back into the same graph.
import { existsSync, readdirSync } from 'node:fs';
import { DATASET_FILES, ORGANIZATION_KINDS, type OrganizationKind } from '../dataset/index.ts';
import {
  EXPORT_ENCODINGS,
  EXPORT_LANGUAGES,
  fileNameOf,
  readGraphDataset,
  writeDatasetFiles,
  type ExportScope,
} from '../export/index.ts';
import { UsageError, type Command } from './command.ts';
import { openCliDatabase } from './open-cli-database.ts';
import { choice, parseCommandArgs } from './parse-args.ts';

const ID_LIST = /^[A-Z0-9]+(?:-[A-Z0-9]+)*(?:,[A-Z0-9]+(?:-[A-Z0-9]+)*)*$/;

function list(option: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (!ID_LIST.test(value))
    throw new UsageError(`${option} must be comma-separated ids such as HUB-BAEGOT,HUB-JEONGWANG, got "${value}"`);
  return value.split(',');
}

export function scopeFromArgs(values: { hubs?: string; kinds?: string; prefix?: string }): ExportScope {
  const kinds = list('--kinds', values.kinds);
  for (const kind of kinds ?? []) {
    if (!(ORGANIZATION_KINDS as readonly string[]).includes(kind))
      throw new UsageError(`--kinds: "${kind}" is not one of ${ORGANIZATION_KINDS.join(', ')}`);
  }
  if (values.prefix !== undefined && !/^[A-Z0-9-]+$/.test(values.prefix))
    throw new UsageError(`--prefix must be uppercase letters, digits and hyphens, got "${values.prefix}"`);
  return { hubs: list('--hubs', values.hubs), kinds: kinds as OrganizationKind[] | undefined, prefix: values.prefix };
}

export const exportCommand: Command = {
  name: 'export',
  usage:
    '--out DIR [--hubs ID,…] [--kinds KIND,…] [--prefix ID-PREFIX] [--encoding utf8|utf8-bom|cp949] [--language en|ko]',
  summary:
    'write the graph (or the organisations in scope, with their links and what they refer to) as the dataset CSV files',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      out: { type: 'string' },
      hubs: { type: 'string' },
      kinds: { type: 'string' },
      prefix: { type: 'string' },
      encoding: { type: 'string' },
      language: { type: 'string' },
    });
    if (values.out === undefined) throw new UsageError('--out DIR is required');
    const scope = scopeFromArgs(values);
    const encoding = choice('--encoding', values.encoding, EXPORT_ENCODINGS, 'utf8');
    const language = choice('--language', values.language, EXPORT_LANGUAGES, 'en');
    const ours = new Set(DATASET_FILES.map((spec) => fileNameOf(spec, language)));
    const others = existsSync(values.out)
      ? readdirSync(values.out).filter((name) => /\.(csv|tsv|txt|xlsx)$/i.test(name) && !ours.has(name))
      : [];
    // A later import of the folder would read those too.
    if (others.length > 0)
      throw new UsageError(
        `--out ${values.out} already holds other data files (${others.slice(0, 3).join(', ')}); choose an empty folder`,
      );
    const { db, target } = await openCliDatabase(io.env);
    try {
      const dataset = await readGraphDataset(db, scope);
      const { files, digest } = writeDatasetFiles(dataset, values.out, { encoding, language });
      io.out(
        `data export: wrote ${files.length} files from ${target} to ${values.out} (${encoding}, ` +
          `${language === 'en' ? 'English' : 'Korean'} names)`,
      );
      for (const file of files) io.out(`  ${file.file.padEnd(31)} ${String(file.rows).padStart(7)} rows`);
      io.out(`  content sha256 ${digest}`);
    } finally {
      await db.close();
    }
  },
};
