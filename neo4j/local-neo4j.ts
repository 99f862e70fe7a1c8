// Starts and stops the local Neo4j launcher (neo4j/LocalNeo4j.java) from Node: resolves the
// jars through Maven once, spawns java directly so signals reach the JVM, waits for "ready". The instance's password
// is made on its first start and kept in its data folder (@siheung/core/local-neo4j).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLocalNeo4jPassword, type LocalNeo4jAuth } from '@siheung/core/local-neo4j';

export const NEO4J_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(NEO4J_DIR, '..');
const CLASSPATH_FILE = join(NEO4J_DIR, 'target', 'classpath.txt');
const CLASSES_DIR = join(NEO4J_DIR, 'target', 'classes');
const LAUNCHER_SOURCE = join(NEO4J_DIR, 'src', 'main', 'java', 'org', 'siheung', 'neo4j', 'LocalNeo4j.java');

/** Java 17 needs these opens for Neo4j's off-heap memory and reflection (as Neo4j's own start script adds). */
const JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.net=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap?: string;
  /** Forward the launcher's own lines (ready/stopped) to this writer. */
  log?: (line: string) => void;
  readyTimeoutMs?: number;
  /** Keep running after this process exits (pnpm db:start); output then goes to <dataDir>/local-neo4j.log. */
  detached?: boolean;
  /**
   * For short-lived instances (tests): compile with C1 only. A fresh Neo4j spends its first seconds planning
   * statements, and on few cores the C2 compiler competes with that planning for the CPU; C1 warms up sooner
   * at the price of slower hot loops, which a benchmark or a long-running database would pay for.
   */
  quickJit?: boolean;
}

export interface RunningNeo4j {
  uri: string;
  /** The neo4j user and the password from the data folder: every connection needs them. */
  auth: LocalNeo4jAuth;
  process: ChildProcess;
  stop(): Promise<void>;
}

function commandExists(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Compiles the launcher and writes the classpath on first use (Maven downloads Neo4j's jars once). */
export function ensureLauncherBuilt(log: (line: string) => void = console.log): void {
  const built =
    existsSync(CLASSPATH_FILE) &&
    existsSync(join(CLASSES_DIR, 'org', 'siheung', 'neo4j', 'LocalNeo4j.class')) &&
    statSync(CLASSPATH_FILE).mtimeMs >= statSync(LAUNCHER_SOURCE).mtimeMs &&
    statSync(CLASSPATH_FILE).mtimeMs >= statSync(join(NEO4J_DIR, 'pom.xml')).mtimeMs &&
    readFileSync(CLASSPATH_FILE, 'utf8')
      .trim()
      .split(':')
      .every((jar) => existsSync(jar));
  if (built) return;
  if (!commandExists('java', ['-version'])) {
    throw new LocalNeo4jError(
      'Java 17+ is required to run the local Neo4j (java not found on PATH); or set NEO4J_URI to your own Neo4j ' +
        '5.26 or later',
    );
  }
  if (!commandExists('mvn', ['-v'])) {
    throw new LocalNeo4jError(
      'Maven 3.8+ is required to fetch Neo4j for the local database (mvn not found on PATH); or set NEO4J_URI',
    );
  }
  log('neo4j-local: resolving Neo4j 5.26 jars through Maven (first run only, about 1-3 minutes)…');
  const result = spawnSync('mvn', ['-q', '-B', '-f', join(NEO4J_DIR, 'pom.xml'), 'package', '-DskipTests'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const detail = `${result.stdout}\n${result.stderr}`.trim().split('\n').filter(Boolean).slice(-3).join(' | ');
    throw new LocalNeo4jError(`Maven could not build the local Neo4j launcher: ${detail}`);
  }
  // Maven leaves an unchanged classpath file as it was: mark it current, or every start would run Maven again.
  const now = new Date();
  utimesSync(CLASSPATH_FILE, now, now);
}

/**
 * Starts the local Neo4j and resolves once it answers. The JVM watches its stdin: if this Node
 * process dies without stopping it, the pipe closes and the JVM shuts down too.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const log = options.log ?? ((line: string) => console.log(line));
  ensureLauncherBuilt(log);
  const classpath = `${CLASSES_DIR}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const auth = ensureLocalNeo4jPassword(options.dataDir);
  const logFile = join(options.dataDir, 'local-neo4j.log');
  const detachedOutput = options.detached ? openSync(logFile, 'w') : undefined;
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '1g'}`,
      ...JVM_OPTIONS,
      ...(options.quickJit ? ['-XX:TieredStopAtLevel=1'] : []),
      '-cp',
      classpath,
      'org.siheung.neo4j.LocalNeo4j',
      ...(options.detached ? [] : ['--exit-on-stdin-close']),
    ],
    {
      env: {
        ...process.env,
        NEO4J_LOCAL_PORT: String(options.port),
        NEO4J_LOCAL_DATA: options.dataDir,
        NEO4J_LOCAL_PASSWORD: auth.password,
      },
      stdio: detachedOutput === undefined ? ['pipe', 'pipe', 'pipe'] : ['ignore', detachedOutput, detachedOutput],
      detached: options.detached ?? false,
    },
  );
  if (options.detached && child.pid !== undefined) writeFileSync(pidFile(options.dataDir), String(child.pid));
  const uri = `bolt://127.0.0.1:${options.port}`;
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));

  await new Promise<void>((resolveReady, rejectReady) => {
    let lastError = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectReady(new LocalNeo4jError(`Neo4j did not answer within ${(options.readyTimeoutMs ?? 120_000) / 1000} s`));
    }, options.readyTimeoutMs ?? 120_000);
    const onLine = (line: string, isError: boolean): void => {
      if (line.startsWith('neo4j-local:')) {
        if (isError) lastError = line;
        else log(line);
        if (line.includes(' ready ')) {
          clearTimeout(timer);
          resolveReady();
        }
      }
    };
    if (detachedOutput === undefined) {
      lineReader(child.stdout, (line) => onLine(line, false));
      lineReader(child.stderr, (line) => onLine(line, true));
    } else {
      pollLogFile(
        logFile,
        (line) => onLine(line, !line.includes(' ready ')),
        () => child.exitCode !== null,
      );
    }
    child.once('error', (error) => {
      clearTimeout(timer);
      rejectReady(new LocalNeo4jError(`could not run java: ${error.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      if (detachedOutput !== undefined && existsSync(logFile)) {
        const reason = readFileSync(logFile, 'utf8')
          .split('\n')
          .reverse()
          .find((line) => line.startsWith('neo4j-local:'));
        if (reason) lastError = reason;
      }
      rejectReady(
        new LocalNeo4jError(lastError.replace(/^neo4j-local: /, '') || `Neo4j exited early with code ${code}`),
      );
    });
  });

  if (options.detached) child.unref();
  return {
    uri,
    auth,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

function lineReader(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      onLine(buffer.slice(0, newline).trimEnd());
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
    }
  });
}

export function pidFile(dataDir: string): string {
  return join(dataDir, 'local-neo4j.pid');
}

function pollLogFile(file: string, onLine: (line: string) => void, done: () => boolean): void {
  let seen = 0;
  const timer = setInterval(() => {
    const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
    for (const line of lines.slice(seen, -1)) onLine(line.trimEnd());
    seen = Math.max(seen, lines.length - 1);
    if (done() || lines.some((line) => line.includes(' ready '))) clearInterval(timer);
  }, 200);
}
