// One lint setup for the whole workspace (typescript-eslint flat config).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One way into the database: only core/src/db may import the driver.
const NEO4J_DRIVER = { name: 'neo4j-driver', message: 'Use the db module (@siheung/core/db); nothing else imports neo4j-driver.' };

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'neo4j/target/**', '.data/**', '**/*.generated.ts', 'graph-api/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [NEO4J_DRIVER] }],
    },
  },
  {
    // The db module itself, and the benchmarks' baselines (the raw driver the db module is measured against, the
    // @neo4j/graphql peer), may import the driver.
    files: ['core/src/db/**/*.ts', 'bench/src/raw-driver.ts', 'bench/src/peer-server.ts', 'bench/src/nested-page-probe.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['explorer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
