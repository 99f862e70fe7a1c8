// What every resolver receives: the database, the request's configuration, its loaders and who is asking.
import type { Actor } from '../auth/actor.ts';
import type { AppConfig } from '../config/load-config.ts';
import type { Database } from '@siheung/core/db';
import type { Loaders } from '../data/create-loaders.ts';
import type { ColdAdmission } from '../services/analytics/analytics-service.ts';

export interface AppContext {
  db: Database;
  config: AppConfig;
  /** Batched, per-request look-ups for nested fields (see data/create-loaders.ts). */
  loaders: Loaders;
  /** Who makes the request; every write records it. */
  actor: Actor;
  /** What this caller may start in the analytics worker (limits/analytics-admission.ts). */
  analyticsAdmission: ColdAdmission;
}
