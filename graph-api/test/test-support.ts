// Test helpers other packages use: importing CSV files the way `pnpm data import` does and the matching fixture
// (e2e), and the hostile-client suite's documents (the bench sends them at scale). Exported as
// @siheung/graph-api/test-support so no other package reaches into graph-api by path.
export { importCsvFiles, importFolder, deleteTestData } from './import-test-files.ts';
export { matchingFiles } from './fixtures/matching-fixture.ts';
export { hostileSuite, knownIdsOf, type HostileDocument, type KnownIds } from './hostile-documents.ts';
