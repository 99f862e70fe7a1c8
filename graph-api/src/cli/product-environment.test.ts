// `pnpm start` is production unless NODE_ENV says otherwise, `pnpm dev` development, and test mode (the loopback
// left unthrottled) is refused to both.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { productEnvironment } from './product-environment.ts';

const base = { NEO4J_URI: 'bolt://127.0.0.1:7687' };
const modeOf = (env: NodeJS.ProcessEnv, development = false) =>
  loadConfig(productEnvironment(env, { development })).mode;

describe('productEnvironment', () => {
  it('runs pnpm start in production when NODE_ENV is unset or empty', () => {
    expect(modeOf(base)).toBe('production');
    expect(modeOf({ ...base, NODE_ENV: '' })).toBe('production');
  });

  it('runs development only when asked: pnpm dev, or NODE_ENV=development', () => {
    expect(modeOf(base, true)).toBe('development');
    expect(modeOf({ ...base, NODE_ENV: 'production' }, true)).toBe('development');
    expect(modeOf({ ...base, NODE_ENV: 'development' })).toBe('development');
  });

  it('refuses test mode with one line', () => {
    expect(() => productEnvironment({ ...base, NODE_ENV: 'test' })).toThrow(ConfigError);
    expect(() => productEnvironment({ ...base, NODE_ENV: 'test' }, { development: true })).toThrow(
      /^NODE_ENV=test is the test harness's mode/,
    );
  });
});
