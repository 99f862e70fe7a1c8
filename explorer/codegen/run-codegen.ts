// `pnpm --filter @siheung/explorer codegen`: writes src/api/generated/ (operations.ts, schema-enums.ts) from the schema
// and the documents. / <reference types="node" />
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateClientTypes } from './codegen-config.ts';

for (const [file, content] of await generateClientTypes()) {
  writeFileSync(file, content);
  console.log(`explorer: wrote ${relative(process.cwd(), file)}`);
}
