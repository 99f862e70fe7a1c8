// One lint setup for the whole workspace (typescript-eslint flat config).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One way into the database: only core/src/db may import the driver.
const NEO4J_DRIVER = {
  name: 'neo4j-driver',
  message: 'Use the db module (@siheung/core/db); nothing else imports neo4j-driver.',
};

// A relative path that climbs out of its package into another one's src/ or test/ (../../graph-api/src/x.ts,
// ../../../seed/test/y.ts) skips that package's exports and hides the dependency from package.json, which is
// how packages end up depending on each other both ways. Same-package paths (../src/x.ts, ../../test/y.ts) pass.
const OTHER_PACKAGE_INTERNALS = {
  regex: '^(\\.\\./)+[^./][^/]*/(src|test)(/|$)',
  message:
    'Import another workspace package through its name and `exports` (@siheung/<package>/<entry>), ' +
    'not its src/ or test/ by relative path.',
};

// graph-api/src by layer (docs/architecture.md, "Layers of graph-api"): a folder imports only the folders listed for
// it, so nothing below the resolvers reaches back up. Entry points (app/, cli/, main.ts, bench-support.ts) may import
// anything; tests are left out, since they drive a layer from above. Every folder may import the resolver context's
// type (app/context.ts): codegen types every resolver with it.
const GRAPH_API_FOLDERS = [
  'app',
  'cli',
  'main.ts',
  'bench-support.ts',
  'resolvers',
  'mutations',
  'services',
  'data',
  'validation',
  'auth',
  'limits',
  'config',
  'errors',
  'contract',
  'schema',
  'generated',
];
const FOUNDATION = ['auth', 'limits', 'config', 'errors', 'contract', 'schema', 'generated'];
const GRAPH_API_LAYERS = {
  resolvers: ['mutations', 'services', 'data', 'validation', ...FOUNDATION],
  mutations: ['services', 'data', 'validation', ...FOUNDATION],
  services: ['data', 'validation', 'errors', 'generated'],
  data: ['validation', 'errors', 'generated'],
  validation: ['errors', 'generated'],
  ...Object.fromEntries(FOUNDATION.map((folder) => [folder, FOUNDATION])),
};

const NO_TEST_OR_EVAL_CODE = {
  regex: '^(\\.\\./)+(test|eval)/',
  message: "graph-api's product code imports no test fixture or evaluation code.",
};

// The domain modules stand side by side: what two of them need sits in services/ itself (the as-of rule, the cache).
const SERVICE_MODULES = {
  regex: '^(\\.\\./)+(analytics|matching|network|search)/',
  message:
    'graph-api services: analytics, matching, network and search import nothing of each other; ' +
    'share through services/ itself.',
};

function graphApiLayer(folder, allowed) {
  // app/ is refused apart from the context's type, below.
  const refused = GRAPH_API_FOLDERS.filter((other) => other !== folder && other !== 'app' && !allowed.includes(other));
  const refusedFolders = refused.join('|').replaceAll('.', '\\.');
  const message = `graph-api layers: ${folder}/ may import only ${allowed.join(', ')} (see docs/architecture.md).`;
  return {
    files: [`graph-api/src/${folder}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(\\.\\./)+(${refusedFolders})(/|$)`, message },
            { regex: '^(\\.\\./)+app/(?!context\\.ts$)', message },
            {
              regex: '^(\\.\\./)+app/context\\.ts$',
              allowTypeImports: true,
              message: 'Import the resolver context as a type only.',
            },
            NO_TEST_OR_EVAL_CODE,
            ...(folder === 'services' ? [SERVICE_MODULES] : []),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'neo4j/target/**',
      '.data/**',
      '**/*.generated.ts',
      'graph-api/src/generated/**',
    ],
  },
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
    files: [
      'core/src/db/**/*.ts',
      'bench/src/raw-driver.ts',
      'bench/src/peer-server.ts',
      'bench/src/nested-page-probe.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [OTHER_PACKAGE_INTERNALS] }] },
  },
  ...Object.entries(GRAPH_API_LAYERS).map(([folder, allowed]) => graphApiLayer(folder, allowed)),
  {
    files: ['graph-api/src/*.ts', 'graph-api/src/app/**/*.ts', 'graph-api/src/cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [NO_TEST_OR_EVAL_CODE] }] },
  },
  {
    files: ['explorer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
