import { describe, expect, it } from 'vitest';
import { KIND_LABELS, type OrgKind } from '@siheung/core/kind-labels';
import type { OrgKind as SchemaOrgKind } from '../generated/resolvers-types.ts';

// core cannot read the API's generated types, so it spells the kinds out; `pnpm typecheck` fails here when the
// schema's OrgKind enum and core's list drift apart.
const sameKinds: [SchemaOrgKind] extends [OrgKind] ? ([OrgKind] extends [SchemaOrgKind] ? true : false) : false = true;

describe('kind labels', () => {
  it('has one label for each kind of the API schema', () => {
    expect(sameKinds).toBe(true);
    expect(Object.keys(KIND_LABELS).sort()).toEqual([
      'COMPANY',
      'HOSPITAL',
      'PUBLIC_AGENCY',
      'RESEARCH_INSTITUTE',
      'SUPPORT_ORG',
      'UNIVERSITY',
    ]);
  });
});
