// `pnpm --filter @siheung/graph-api schema:print`: writes the printed schema to graph-api/schema.graphql.
import { writeFileSync } from 'node:fs';
import { printApiSchema, SCHEMA_FILE } from './printed-schema.ts';

writeFileSync(SCHEMA_FILE, printApiSchema());
console.log('graph-api: wrote schema.graphql');
