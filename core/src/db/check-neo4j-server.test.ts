import { describe, expect, it } from 'vitest';
import { isSupportedNeo4jVersion } from './check-neo4j-server.ts';

describe('isSupportedNeo4jVersion', () => {
  it.each(['5.26.0', '5.26.30', '5.27.0', '5.27-aura', '5.100.1', '2025.01.0', '2026.10.3', ' 5.26.1 '])(
    'accepts %s',
    (version) => expect(isSupportedNeo4jVersion(version)).toBe(true),
  );

  it.each(['5.25.1', '5.13.0', '5.2.0', '4.4.30', '3.5.35', 'unknown', '', 'five.26'])('refuses %s', (version) =>
    expect(isSupportedNeo4jVersion(version)).toBe(false),
  );
});
