// What every resolver receives: the database and the request's configuration.
import type { Database } from '../db/index.ts';
import type { AppConfig } from '../config/load-config.ts';

export interface AppContext {
  db: Database;
  config: AppConfig;
}
