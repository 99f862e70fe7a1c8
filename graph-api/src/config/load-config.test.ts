import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.ts';

const base = { NEO4J_URI: 'bolt://127.0.0.1:7687' };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(base);
    expect(config.http).toEqual({ port: 4000, host: '127.0.0.1', trustProxyHops: 0, corsOrigins: [] });
    expect(config.mode).toBe('production');
    expect(config.neo4j).toMatchObject({ uri: base.NEO4J_URI, database: 'neo4j', auth: null });
    expect(config.matching).toEqual({ weights: 'calibrated' });
    expect(config.import).toEqual({ maxBytes: 20 * 1024 * 1024, timeoutMs: 300_000 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be a port number 1-65535, got "abc"$/],
    [{ PORT: '70000' }, /^PORT must be a port number/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /^NEO4J_URI must look like bolt:\/\//],
    [{ NEO4J_DATABASE: 'bad name!' }, /^NEO4J_DATABASE must be a Neo4j database name/],
    [{ QUERY_TIMEOUT_MS: '-5' }, /^QUERY_TIMEOUT_MS must be a positive integer/],
    [{ UPLOAD_MAX_BYTES: '20MB' }, /^UPLOAD_MAX_BYTES must be a positive integer, got "20MB"$/],
    [{ IMPORT_TIMEOUT_MS: '0' }, /^IMPORT_TIMEOUT_MS must be a positive integer/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV must be "production" \(the default\), "development" or "test"$/],
    [{ CORS_ORIGINS: 'evil.example' }, /^CORS_ORIGINS must be a comma-separated list of origins .*got "evil.example"$/],
    [{ CORS_ORIGINS: 'https://a.example, https://b.example/' }, /^CORS_ORIGINS must .*got "https:\/\/b.example\/"$/],
    [{ CORS_ORIGINS: 'https://a.example/api' }, /^CORS_ORIGINS must /],
    [{ CORS_ORIGINS: '*' }, /^CORS_ORIGINS must /],
    [{ CORS_ORIGINS: 'ftp://a.example' }, /^CORS_ORIGINS must /],
    [{ NEO4J_PASSWORD: 'secret' }, /^NEO4J_USER is required when NEO4J_PASSWORD is set$/],
    [{ MATCHING_WEIGHTS: 'learned' }, /^MATCHING_WEIGHTS must be "calibrated" or "configured"$/],
    [
      { TRUST_PROXY: 'true' },
      /^TRUST_PROXY must be false or the number of proxies in front of the API \(1, 2, …\), got "true"$/,
    ],
    [{ TRUST_PROXY: '-1' }, /^TRUST_PROXY must be false or the number of proxies/],
    [{ TRUST_PROXY: '1.5' }, /^TRUST_PROXY must be false or the number of proxies/],
    [{ TRUST_PROXY: '10.0.0.0/8' }, /^TRUST_PROXY must be false or the number of proxies/],
  ])('rejects %o with one line naming the variable', (override, message) => {
    expect(() => loadConfig({ ...base, ...override })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...override })).toThrow(message);
  });

  it('requires NEO4J_URI and says how to get a local one', () => {
    expect(() => loadConfig({})).toThrow(/NEO4J_URI is required/);
  });

  it('pins partner matching to the documented weights on request', () => {
    expect(loadConfig({ ...base, MATCHING_WEIGHTS: 'configured' }).matching.weights).toBe('configured');
  });

  it('trusts X-Forwarded-For from TRUST_PROXY proxies only when asked', () => {
    for (const off of ['', 'false', '0']) expect(loadConfig({ ...base, TRUST_PROXY: off }).http.trustProxyHops).toBe(0);
    expect(loadConfig({ ...base, TRUST_PROXY: '1' }).http.trustProxyHops).toBe(1);
    expect(loadConfig({ ...base, TRUST_PROXY: ' 2 ' }).http.trustProxyHops).toBe(2);
  });

  it('is in production mode unless development or test is asked for', () => {
    expect(loadConfig({ ...base, NODE_ENV: '' }).mode).toBe('production');
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).mode).toBe('development');
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).mode).toBe('test');
  });

  it('reads CORS_ORIGINS as a list of origins, none by default', () => {
    expect(loadConfig({ ...base, CORS_ORIGINS: '' }).http.corsOrigins).toEqual([]);
    expect(
      loadConfig({ ...base, CORS_ORIGINS: ' https://data.example.org ,http://localhost:5173,https://data.example.org' })
        .http.corsOrigins,
    ).toEqual(['https://data.example.org', 'http://localhost:5173']);
  });

  it('uses basic auth only when a user is given', () => {
    expect(loadConfig({ ...base, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw' }).neo4j.auth).toEqual({
      user: 'neo4j',
      password: 'pw',
    });
  });
});
