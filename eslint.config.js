// One lint setup for the whole workspace (typescript-eslint flat config).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'neo4j/target/**', '.data/**', '**/*.generated.ts', 'graph-api/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // One way into the database: only graph-api/src/db may import the driver.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Use the db module (@siheung/graph-api/db); nothing else imports neo4j-driver.' }] },
      ],
    },
  },
  {
    files: ['graph-api/src/db/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The benchmarks' baselines: the raw driver the db module is measured against, and the @neo4j/graphql peer.
    files: ['bench/src/raw-driver.ts', 'bench/src/peer-server.ts', 'bench/src/nested-page-probe.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['explorer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
