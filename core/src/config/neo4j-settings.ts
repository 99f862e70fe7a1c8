// The Neo4j connection settings from the environment: the part of the configuration the API server and the data
// CLI share. The server's whole configuration (graph-api/src/config/load-config.ts) is built from these fields, so
// both read NEO4J_* and QUERY_TIMEOUT_MS the same way and report a bad value with the same one line.
import { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A positive integer variable with a default when unset or empty. */
export const positiveInt = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === '') return fallback;
      const value = Number(text);
      if (!/^\d+$/.test(text.trim()) || value < 1) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a positive integer, got "${text}"` });
        return z.NEVER;
      }
      return value;
    });

const neo4jUri = z
  .string({ message: 'NEO4J_URI is required (or run `pnpm start`, which starts a local Neo4j when it is unset)' })
  .refine((text) => /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+/.test(text), {
    message:
      'NEO4J_URI must look like bolt://host:7687 or neo4j+s://host (schemes: neo4j, neo4j+s, neo4j+ssc, bolt, ' +
      'bolt+s, bolt+ssc)',
  });

/** The NEO4J_* variables, in the order a configuration schema lists them (the first bad one is reported). */
export const neo4jEnvFields = {
  NEO4J_URI: neo4jUri,
  NEO4J_USER: z.string().min(1, 'NEO4J_USER must not be empty').optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(
      /^[A-Za-z][A-Za-z0-9.-]{2,62}$/,
      'NEO4J_DATABASE must be a Neo4j database name (letters, digits, dots, dashes)',
    )
    .default('neo4j'),
};

export const queryTimeoutField = positiveInt('QUERY_TIMEOUT_MS', 10_000);

export interface Neo4jSettings {
  readonly uri: string;
  /** Absent when the server runs without authentication (the local development Neo4j). */
  readonly auth: { readonly user: string; readonly password: string } | null;
  readonly database: string;
  readonly queryTimeoutMs: number;
}

/** Parses the environment with a schema; throws ConfigError with one line naming the variable at fault. */
export function parseEnv<Schema extends z.ZodType>(schema: Schema, env: NodeJS.ProcessEnv): z.output<Schema> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const message = issue?.message ?? 'invalid';
    throw new ConfigError(message.includes(variable) ? message : `${variable}: ${message}`);
  }
  return parsed.data;
}

/** The settings from parsed values of neo4jEnvFields and QUERY_TIMEOUT_MS. */
export function neo4jSettingsFrom(values: {
  NEO4J_URI: string;
  NEO4J_USER?: string | undefined;
  NEO4J_PASSWORD?: string | undefined;
  NEO4J_DATABASE: string;
  QUERY_TIMEOUT_MS: number;
}): Neo4jSettings {
  if (values.NEO4J_PASSWORD !== undefined && values.NEO4J_PASSWORD !== '' && values.NEO4J_USER === undefined) {
    throw new ConfigError('NEO4J_USER is required when NEO4J_PASSWORD is set');
  }
  const auth =
    values.NEO4J_USER !== undefined ? { user: values.NEO4J_USER, password: values.NEO4J_PASSWORD ?? '' } : null;
  return Object.freeze({
    uri: values.NEO4J_URI,
    auth: auth && Object.freeze(auth),
    database: values.NEO4J_DATABASE,
    queryTimeoutMs: values.QUERY_TIMEOUT_MS,
  });
}

const neo4jEnvSchema = z.object({ ...neo4jEnvFields, QUERY_TIMEOUT_MS: queryTimeoutField });

/** Only the Neo4j settings: for tools that open the database without serving the API (the data CLI). */
export function loadNeo4jSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  return neo4jSettingsFrom(parseEnv(neo4jEnvSchema, env));
}
