// Test helpers other packages' tests use (e2e): importing CSV files the way `pnpm data import` does, and the
// matching fixture. Exported as @siheung/graph-api/test-support so no test reaches into graph-api by path.
export { importCsvFiles, importFolder, deleteTestData } from './import-test-files.ts';
export { matchingFiles } from './fixtures/matching-fixture.ts';
