// The API's configuration: defaults, then the environment, validated into a frozen object.
// A bad value stops start-up with one line naming the variable.
import { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const port = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === '') return fallback;
      const value = Number(text);
      if (!/^\d+$/.test(text.trim()) || value < 1 || value > 65535) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a port number 1-65535, got "${text}"` });
        return z.NEVER;
      }
      return value;
    });

const positiveInt = (name: string, fallback: number) =>
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

// How many reverse proxies stand in front of the API (limits/use-rate-limit.ts, `clientAddress`): 0 trusts no
// X-Forwarded-For, which anyone can send.
const proxyHops = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const trimmed = text?.trim() ?? '';
    if (trimmed === '' || trimmed === 'false' || trimmed === '0') return 0;
    if (!/^\d+$/.test(trimmed)) {
      ctx.addIssue({ code: 'custom', message: `TRUST_PROXY must be false or the number of proxies in front of the API (1, 2, …), got "${text}"` });
      return z.NEVER;
    }
    return Number(trimmed);
  });

const neo4jUri = z
  .string({ message: 'NEO4J_URI is required (or run `pnpm start`, which starts a local Neo4j when it is unset)' })
  .refine((text) => /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+/.test(text), {
    message: 'NEO4J_URI must look like bolt://host:7687 or neo4j+s://host (schemes: neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc)',
  });

const envSchema = z.object({
  NEO4J_URI: neo4jUri,
  NEO4J_USER: z.string().min(1, 'NEO4J_USER must not be empty').optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'NEO4J_DATABASE must be a Neo4j database name (letters, digits, dots, dashes)')
    .default('neo4j'),
  PORT: port('PORT', 4000),
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]+$/, 'HOST must be a host name or IP address such as 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1'),
  TRUST_PROXY: proxyHops,
  QUERY_TIMEOUT_MS: positiveInt('QUERY_TIMEOUT_MS', 10_000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // partnerMatches' weights: learnt from the network's own last year (docs/matching.md, "Calibration"), or pinned to
  // the documented MATCHING_CONFIG (to compare, or to explain a ranking by the published table alone).
  MATCHING_WEIGHTS: z.enum(['calibrated', 'configured'], { message: 'MATCHING_WEIGHTS must be "calibrated" or "configured"' }).default('calibrated'),
});

export interface AppConfig {
  readonly neo4j: {
    readonly uri: string;
    /** Absent when the server runs without authentication (the local development Neo4j). */
    readonly auth: { readonly user: string; readonly password: string } | null;
    readonly database: string;
    readonly queryTimeoutMs: number;
  };
  /** trustProxyHops: the proxies in front of the API whose X-Forwarded-For entries are believed (0: none). */
  readonly http: { readonly port: number; readonly host: string; readonly trustProxyHops: number };
  readonly matching: { readonly weights: 'calibrated' | 'configured' };
  readonly mode: 'development' | 'production' | 'test';
}

/** Reads the configuration; throws ConfigError with one line naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const message = issue?.message ?? 'invalid';
    throw new ConfigError(message.includes(variable) ? message : `${variable}: ${message}`);
  }
  const values = parsed.data;
  if (values.NEO4J_PASSWORD !== undefined && values.NEO4J_PASSWORD !== '' && values.NEO4J_USER === undefined) {
    throw new ConfigError('NEO4J_USER is required when NEO4J_PASSWORD is set');
  }
  const auth =
    values.NEO4J_USER !== undefined
      ? { user: values.NEO4J_USER, password: values.NEO4J_PASSWORD ?? '' }
      : null;
  return Object.freeze({
    neo4j: Object.freeze({
      uri: values.NEO4J_URI,
      auth: auth && Object.freeze(auth),
      database: values.NEO4J_DATABASE,
      queryTimeoutMs: values.QUERY_TIMEOUT_MS,
    }),
    http: Object.freeze({ port: values.PORT, host: values.HOST, trustProxyHops: values.TRUST_PROXY }),
    matching: Object.freeze({ weights: values.MATCHING_WEIGHTS }),
    mode: values.NODE_ENV,
  });
}
