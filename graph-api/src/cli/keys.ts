// `pnpm keys create --role <public|researcher|staff|admin> --name <name>` (prints the key once), `pnpm keys list`,
// `pnpm keys revoke <id>`: API keys in the database named by NEO4J_URI, or the local Neo4j of `pnpm start` (with the
// password from its data folder) when unset.
// Each change is recorded in the audit log as made by `cli:<user>`.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createApiKey, listApiKeys, revokeApiKey } from '../auth/api-key-store.ts';
import { ROLES } from '../auth/roles.ts';
import { cliActor, withAudit } from '@siheung/core/audit';
import { mutationAuditTarget } from '../mutations/mutation-audit.ts';
import { loadConfig } from '../config/load-config.ts';
import { applyMigrations, checkNeo4jServer, openDatabase, type Database } from '@siheung/core/db';
import { withLocalNeo4j } from '@siheung/core/local-neo4j';
import { AppError } from '../errors/app-errors.ts';

const USAGE = `usage: pnpm keys create --role <${ROLES.join('|')}> --name <name>
       pnpm keys list
       pnpm keys revoke <id>`;

class UsageError extends Error {}

async function openKeysDatabase(env: NodeJS.ProcessEnv): Promise<Database> {
  const settings = loadConfig(withLocalNeo4j(env)).neo4j;
  const db = openDatabase(settings);
  try {
    await checkNeo4jServer(db, settings.uri);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

export async function runKeys(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: (line: string) => void,
): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { role: { type: 'string' }, name: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch {
    throw new UsageError(USAGE);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (command === 'create' && rest.length === 0 && values.role !== undefined && values.name !== undefined) {
    if (!(ROLES as readonly string[]).includes(values.role))
      throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got "${values.role}"`);
  } else if (!(command === 'list' && rest.length === 0) && !(command === 'revoke' && rest.length === 1)) {
    throw new UsageError(USAGE);
  }
  const db = await openKeysDatabase(env);
  try {
    await applyMigrations(db);
    const actor = cliActor();
    if (command === 'create') {
      const audited = withAudit(db, actor, 'createApiKey', mutationAuditTarget('createApiKey', {}));
      const { key, token } = await createApiKey(audited, values.role!, values.name!);
      out(`keys: made ${key.role} key ${key.id} for "${key.name}". The key is shown only this once; keep it secret:`);
      out(token);
      out(`Send it as the header  Authorization: Bearer ${token.slice(0, 21)}…`);
    } else if (command === 'list') {
      const keys = await listApiKeys(db);
      if (keys.length === 0) out('keys: none yet (pnpm keys create --role staff --name <name>)');
      for (const key of keys)
        out(
          `${key.id}  ${key.role.padEnd(10)}  ${key.createdAt.slice(0, 19)}  ` +
            `${key.revokedAt ? `revoked ${key.revokedAt.slice(0, 19)}` : 'valid'.padEnd(27)}  ${key.name}`,
        );
    } else {
      const id = rest[0]!;
      const key = await revokeApiKey(
        withAudit(db, actor, 'revokeApiKey', mutationAuditTarget('revokeApiKey', { id })),
        id,
      );
      out(
        `keys: revoked ${key.id} ("${key.name}", ${key.role}) at ${key.revokedAt}; it is refused from the next ` +
          `request on`,
      );
    }
  } finally {
    await db.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runKeys(process.argv.slice(2), process.env, (line) => console.log(line)).catch((error: unknown) => {
    if (error instanceof UsageError) console.error(error.message);
    else if (error instanceof AppError) console.error(`keys: ${error.message}`);
    else console.error(`keys: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}
