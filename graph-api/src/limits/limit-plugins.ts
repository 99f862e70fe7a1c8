// The abuse limits as yoga plugins, in the order they must run: CSRF and rate limits before any parsing, then
// query limits while parsing and validating, then string caps and the query cost just before execution, the guards
// while it runs (inside the execution queue: the clock starts with the operation's turn), and the execution queue.
// createApp places them after the authentication plugin, which sets the actor they read.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import type { Database } from '@siheung/core/db';
import type { AppConfig } from '../config/load-config.ts';
import type { RunLimits } from './limits-config.ts';
import type { ComputationCounts } from './query-cost.ts';
import { useExecutionQueue } from './use-execution-queue.ts';
import { useQueryCost } from './use-query-cost.ts';
import { useQueryLimits } from './use-query-limits.ts';
import { useRateLimit } from './use-rate-limit.ts';
import { useRunGuards } from './use-run-guards.ts';
import { useStringCaps } from './use-string-caps.ts';

/**
 * Requests a browser may send cross-site without a CORS preflight (GET, form posts, text/plain, multipart)
 * must carry this header, which a cross-site page cannot set without one. JSON POSTs need nothing more.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * `computations`: how many analytics computations each root field may start (priced by the cost model); `run`
 * replaces every role's guard values (tests reach the limits with it quickly).
 */
export function limitPlugins(
  config: AppConfig,
  db: Database,
  computations: ComputationCounts,
  run: Partial<RunLimits> = {},
): Plugin[] {
  return [
    useRateLimit(config),
    useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
    useQueryLimits(config),
    useStringCaps(),
    useQueryCost(computations),
    useRunGuards(db, config, run),
    useExecutionQueue(),
  ];
}
