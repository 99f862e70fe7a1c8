// The local Neo4j (started when NEO4J_URI is unset): its port, its data folder, and the password kept in that folder.
// Every tool that reaches a local instance (pnpm start, keys, data, the tests, the benchmarks) gets its credentials
// here, so the password is made in one place and read in one way.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './neo4j-settings.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The user the local Neo4j's password belongs to (Neo4j's built-in administrator). */
export const LOCAL_NEO4J_USER = 'neo4j';

/** Only the owner may read or write the password file (and list the data folder around it). */
const OWNER_ONLY_FILE = 0o600;
const OWNER_ONLY_FOLDER = 0o700;

export interface LocalNeo4jSettings {
  readonly port: number;
  /** Absolute path of the data folder; the password file lives inside it. */
  readonly dataDir: string;
  readonly uri: string;
}

export interface LocalNeo4jAuth {
  readonly user: string;
  readonly password: string;
}

/** NEO4J_LOCAL_PORT and NEO4J_LOCAL_DATA (relative to the repository), with their defaults. */
export function localNeo4jSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  const portText = env.NEO4J_LOCAL_PORT ?? '7687';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    throw new ConfigError(`NEO4J_LOCAL_PORT must be a port number 1-65535, got "${portText}"`);
  }
  const dataDir = resolve(REPO_ROOT, env.NEO4J_LOCAL_DATA || '.data/neo4j');
  return Object.freeze({ port, dataDir, uri: `bolt://127.0.0.1:${port}` });
}

export function localNeo4jPasswordFile(dataDir: string): string {
  return join(dataDir, 'password');
}

/**
 * The password of the local instance in `dataDir`, made (crypto-random) on first use. Neo4j takes it as the initial
 * password of its neo4j user on the instance's next start (neo4j/LocalNeo4j.java).
 */
export function ensureLocalNeo4jPassword(dataDir: string): LocalNeo4jAuth {
  mkdirSync(dataDir, { recursive: true, mode: OWNER_ONLY_FOLDER });
  try {
    // Exclusive create: two starts racing on one new folder agree on the first password written.
    writeFileSync(localNeo4jPasswordFile(dataDir), `${randomBytes(24).toString('base64url')}\n`, {
      mode: OWNER_ONLY_FILE,
      flag: 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return localNeo4jAuth(dataDir);
}

/**
 * The credentials of the local instance in `dataDir`. A password file others may read is made owner-only again
 * before it is used; one owned by another user is refused.
 */
export function localNeo4jAuth(dataDir: string): LocalNeo4jAuth {
  const file = localNeo4jPasswordFile(dataDir);
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new ConfigError(
      `the local Neo4j in ${dataDir} has no password file (${file}): start it once with \`pnpm start\` or ` +
        '`pnpm db:start`, or set NEO4J_URI',
    );
  }
  const ownerId = process.getuid?.();
  if (ownerId !== undefined && stats.uid !== ownerId) {
    throw new ConfigError(`${file} belongs to another user (uid ${stats.uid}); refusing to use it`);
  }
  if ((stats.mode & 0o077) !== 0) chmodSync(file, OWNER_ONLY_FILE);
  const password = readFileSync(file, 'utf8').trim();
  if (password === '') throw new ConfigError(`${file} is empty: delete it and the data folder, or write the password`);
  return Object.freeze({ user: LOCAL_NEO4J_USER, password });
}

/** NEO4J_URI, and NEO4J_USER / NEO4J_PASSWORD when there are credentials: what a child process connects with. */
export function neo4jConnectionEnv(uri: string, auth: LocalNeo4jAuth | null): Record<string, string> {
  return { NEO4J_URI: uri, ...(auth ? { NEO4J_USER: auth.user, NEO4J_PASSWORD: auth.password } : {}) };
}

/**
 * The environment a tool connects with: as given when NEO4J_URI is set; otherwise the local Neo4j's URI and
 * credentials in place of NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.
 */
export function withLocalNeo4j(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (env.NEO4J_URI) return env;
  const local = localNeo4jSettings(env);
  return { ...env, ...neo4jConnectionEnv(local.uri, localNeo4jAuth(local.dataDir)) };
}
