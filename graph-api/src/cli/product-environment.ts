// The environment `pnpm start` and `pnpm dev` run the API and their steps with. `pnpm start` is production unless
// NODE_ENV says otherwise; `pnpm dev` is development; test mode (no rate limit for this machine) belongs to the test
// harness alone, so neither command accepts it.
import { ConfigError } from '../config/load-config.ts';

export interface ProductOptions {
  /** `pnpm dev`: development mode. */
  development?: boolean;
}

export function productEnvironment(env: NodeJS.ProcessEnv, options: ProductOptions = {}): NodeJS.ProcessEnv {
  if (env.NODE_ENV === 'test') {
    throw new ConfigError(
      "NODE_ENV=test is the test harness's mode; pnpm start runs in production, pnpm dev in development",
    );
  }
  const product: NodeJS.ProcessEnv = { ...env };
  if (options.development) product.NODE_ENV = 'development';
  return product;
}
