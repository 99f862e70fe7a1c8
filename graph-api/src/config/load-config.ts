// The API's configuration: defaults, then the environment, validated into a frozen object.
// A bad value stops start-up with one line naming the variable.
import { z } from 'zod';
import {
  neo4jEnvFields,
  neo4jSettingsFrom,
  parseEnv,
  positiveInt,
  queryTimeoutField,
  type Neo4jSettings,
} from '@siheung/core/config';

export { ConfigError } from '@siheung/core/config';

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

// How many reverse proxies stand in front of the API (limits/use-rate-limit.ts, `clientAddress`): 0 trusts no
// X-Forwarded-For, which anyone can send.
const proxyHops = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const trimmed = text?.trim() ?? '';
    if (trimmed === '' || trimmed === 'false' || trimmed === '0') return 0;
    if (!/^\d+$/.test(trimmed)) {
      ctx.addIssue({
        code: 'custom',
        message: `TRUST_PROXY must be false or the number of proxies in front of the API (1, 2, …), got "${text}"`,
      });
      return z.NEVER;
    }
    return Number(trimmed);
  });

/** The largest request body an upload may have (importData); larger ones are refused with 413 before being read. */
export const DEFAULT_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
/** Timeout of importData's one transaction (the API's own QUERY_TIMEOUT_MS is far too short for 100,000 rows). */
export const DEFAULT_IMPORT_TIMEOUT_MS = 300_000;
// Origins whose pages may read the API through a visitor's browser (CORS). Each must be exactly an origin, as a
// browser sends it in the Origin header: scheme, host and port, no path.
const corsOrigins = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const entries = (text ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    const bad = entries.find((entry) => !isOrigin(entry));
    if (bad !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message:
          'CORS_ORIGINS must be a comma-separated list of origins such as https://example.org or ' +
          `http://localhost:5173 (scheme, host and port only), got "${bad}"`,
      });
      return z.NEVER;
    }
    return Object.freeze([...new Set(entries)]);
  });

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  ...neo4jEnvFields,
  PORT: port('PORT', 4000),
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]+$/, 'HOST must be a host name or IP address such as 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1'),
  TRUST_PROXY: proxyHops,
  CORS_ORIGINS: corsOrigins,
  QUERY_TIMEOUT_MS: queryTimeoutField,
  UPLOAD_MAX_BYTES: positiveInt('UPLOAD_MAX_BYTES', DEFAULT_UPLOAD_MAX_BYTES),
  IMPORT_TIMEOUT_MS: positiveInt('IMPORT_TIMEOUT_MS', DEFAULT_IMPORT_TIMEOUT_MS),
  // Production unless asked otherwise: a forgotten variable must not relax anything on a public server.
  NODE_ENV: z.preprocess(
    (text) => (text === '' ? undefined : text),
    z
      .enum(['production', 'development', 'test'], {
        message: 'NODE_ENV must be "production" (the default), "development" or "test"',
      })
      .default('production'),
  ),
  // partnerMatches' weights: learnt from the network's own last year (docs/matching.md, "Calibration"), or pinned to
  // the documented MATCHING_CONFIG (to compare, or to explain a ranking by the published table alone).
  MATCHING_WEIGHTS: z
    .enum(['calibrated', 'configured'], { message: 'MATCHING_WEIGHTS must be "calibrated" or "configured"' })
    .default('calibrated'),
});

export interface AppConfig {
  readonly neo4j: Neo4jSettings;
  /**
   * trustProxyHops: the proxies in front of the API whose X-Forwarded-For entries are believed (0: none);
   * corsOrigins: the other origins whose pages may call the API from a browser (none: same origin only).
   */
  readonly http: {
    readonly port: number;
    readonly host: string;
    readonly trustProxyHops: number;
    readonly corsOrigins: readonly string[];
  };
  readonly matching: { readonly weights: 'calibrated' | 'configured' };
  /** maxBytes: largest upload request body; timeoutMs: importData's transaction timeout and wall-clock budget. */
  readonly import: { readonly maxBytes: number; readonly timeoutMs: number };
  /**
   * production (the default): every limit for every caller; development (`pnpm dev`): anonymous callers may also
   * introspect the schema; test (the test harness only): callers on this machine are not rate-limited either.
   */
  readonly mode: 'development' | 'production' | 'test';
}

/** Reads the configuration; throws ConfigError with one line naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const values = parseEnv(envSchema, env);
  const neo4j = neo4jSettingsFrom(values);
  return Object.freeze({
    neo4j,
    http: Object.freeze({
      port: values.PORT,
      host: values.HOST,
      trustProxyHops: values.TRUST_PROXY,
      corsOrigins: values.CORS_ORIGINS,
    }),
    matching: Object.freeze({ weights: values.MATCHING_WEIGHTS }),
    import: Object.freeze({ maxBytes: values.UPLOAD_MAX_BYTES, timeoutMs: values.IMPORT_TIMEOUT_MS }),
    mode: values.NODE_ENV,
  });
}
