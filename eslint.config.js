// One lint setup for the whole workspace (typescript-eslint flat config).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One way into the database: only core/src/db may import the driver.
const NEO4J_DRIVER = { name: 'neo4j-driver', message: 'Use the db module (@siheung/core/db); nothing else imports neo4j-driver.' };

// A relative path that climbs out of its package into another one's src/ or test/ (../../graph-api/src/x.ts,
// ../../../seed/test/y.ts) skips that package's exports and hides the dependency from package.json, which is
// how packages end up depending on each other both ways. Same-package paths (../src/x.ts, ../../test/y.ts) pass.
const OTHER_PACKAGE_INTERNALS = {
  regex: '^(\\.\\./)+[^./][^/]*/(src|test)(/|$)',
  message:
    'Import another workspace package through its name and `exports` (@siheung/<package>/<entry>), ' +
    'not its src/ or test/ by relative path.',
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'neo4j/target/**', '.data/**', '**/*.generated.ts', 'graph-api/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [NEO4J_DRIVER], patterns: [OTHER_PACKAGE_INTERNALS] }],
    },
  },
  {
    // The db module itself, and the benchmarks' baselines (the raw driver the db module is measured against, the
    // @neo4j/graphql peer), may import the driver; the rule between packages still holds for them.
    files: ['core/src/db/**/*.ts', 'bench/src/raw-driver.ts', 'bench/src/peer-server.ts', 'bench/src/nested-page-probe.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [OTHER_PACKAGE_INTERNALS] }] },
  },
  {
    files: ['explorer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
