// Korean and English names of the organisation kinds, for labels in analytics answers.
import type { OrgKind } from '../../../generated/resolvers-types.ts';

export const KIND_NAMES: Readonly<Record<OrgKind, [string, string]>> = Object.freeze({
  COMPANY: ['기업', 'Company'],
  UNIVERSITY: ['대학', 'University'],
  HOSPITAL: ['병원', 'Hospital'],
  RESEARCH_INSTITUTE: ['연구기관', 'Research institute'],
  PUBLIC_AGENCY: ['공공기관', 'Public agency'],
  SUPPORT_ORG: ['지원기관', 'Support organisation'],
});
