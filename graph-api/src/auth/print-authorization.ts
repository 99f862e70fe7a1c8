// `pnpm --filter @siheung/graph-api authz:print`: rewrites the matrix section of docs/authorization.md from the policy
// map.
import { writeFileSync } from 'node:fs';
import {
  AUTHORIZATION_DOC,
  readAuthorizationDoc,
  renderAuthorizationMatrix,
  withMatrix,
} from './authorization-matrix.ts';

writeFileSync(AUTHORIZATION_DOC, withMatrix(readAuthorizationDoc(), renderAuthorizationMatrix()));
console.log('graph-api: wrote the matrix of docs/authorization.md');
