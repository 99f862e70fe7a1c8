// `pnpm --filter @siheung/graph-api codegen`: writes src/generated/resolvers-types.ts from the SDL.
import { writeFileSync } from 'node:fs';
import { GENERATED_TYPES_FILE, generateResolverTypes } from './codegen-config.ts';

writeFileSync(GENERATED_TYPES_FILE, await generateResolverTypes());
console.log('graph-api: wrote src/generated/resolvers-types.ts');
