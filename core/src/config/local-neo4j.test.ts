import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ensureLocalNeo4jPassword,
  localNeo4jAuth,
  localNeo4jPasswordFile,
  localNeo4jSettings,
  withLocalNeo4j,
} from './local-neo4j.ts';

const scratch = mkdtempSync(join(tmpdir(), 'local-neo4j-auth-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
const newDataDir = () => join(scratch, `data-${(folders += 1)}`);
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the local Neo4j password', () => {
  it('is made once, random and long, in a file only its owner may read', () => {
    const dataDir = newDataDir();
    const first = ensureLocalNeo4jPassword(dataDir);
    expect(first.user).toBe('neo4j');
    expect(first.password).toMatch(/^[\w-]{32}$/);
    expect(ensureLocalNeo4jPassword(dataDir)).toEqual(first);
    expect(localNeo4jAuth(dataDir)).toEqual(first);
    expect(modeOf(localNeo4jPasswordFile(dataDir))).toBe(0o600);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(ensureLocalNeo4jPassword(newDataDir()).password).not.toBe(first.password);
  });

  it('makes a file others could read owner-only again before using it', () => {
    const dataDir = newDataDir();
    const { password } = ensureLocalNeo4jPassword(dataDir);
    chmodSync(localNeo4jPasswordFile(dataDir), 0o644);
    expect(localNeo4jAuth(dataDir).password).toBe(password);
    expect(modeOf(localNeo4jPasswordFile(dataDir))).toBe(0o600);
  });

  it('says how to get one when the local Neo4j has never started', () => {
    const dataDir = newDataDir();
    expect(() => localNeo4jAuth(dataDir)).toThrow(
      `the local Neo4j in ${dataDir} has no password file (${join(dataDir, 'password')}): start it once with ` +
        '`pnpm start` or `pnpm db:start`, or set NEO4J_URI',
    );
  });

  it('refuses an empty file', () => {
    const dataDir = newDataDir();
    ensureLocalNeo4jPassword(dataDir);
    writeFileSync(localNeo4jPasswordFile(dataDir), '\n');
    expect(() => localNeo4jAuth(dataDir)).toThrow(/password is empty: delete it and the data folder/);
  });
});

describe('withLocalNeo4j', () => {
  it('fills in the local URI and credentials when NEO4J_URI is unset', () => {
    const dataDir = newDataDir();
    const { password } = ensureLocalNeo4jPassword(dataDir);
    const env = withLocalNeo4j({ NEO4J_LOCAL_PORT: '7999', NEO4J_LOCAL_DATA: dataDir, PORT: '4000' });
    expect(env).toEqual({
      NEO4J_LOCAL_PORT: '7999',
      NEO4J_LOCAL_DATA: dataDir,
      PORT: '4000',
      NEO4J_URI: 'bolt://127.0.0.1:7999',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
    });
  });

  it('leaves a given NEO4J_URI and its credentials alone', () => {
    const env = { NEO4J_URI: 'neo4j+s://db.example', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'x' };
    expect(withLocalNeo4j(env)).toBe(env);
  });

  it('names a bad NEO4J_LOCAL_PORT', () => {
    expect(() => localNeo4jSettings({ NEO4J_LOCAL_PORT: 'x' })).toThrow(
      'NEO4J_LOCAL_PORT must be a port number 1-65535, got "x"',
    );
  });
});
