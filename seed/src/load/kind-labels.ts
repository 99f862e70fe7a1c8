// The secondary label of each organisation kind: the allow-list the loader picks labels from
// (labels cannot be query parameters, so only these strings ever reach Cypher's dynamic labels).
import type { OrganizationKind } from '../dataset/index.ts';

export const KIND_LABELS: Readonly<Record<OrganizationKind, string>> = Object.freeze({
  COMPANY: 'Company',
  UNIVERSITY: 'University',
  HOSPITAL: 'Hospital',
  RESEARCH_INSTITUTE: 'ResearchInstitute',
  PUBLIC_AGENCY: 'PublicAgency',
  SUPPORT_ORG: 'SupportOrg',
});

/** The label for a kind, and the other kind labels to remove (the kind may have changed since the last load). */
export function kindLabels(kind: OrganizationKind): { label: string; otherLabels: string[] } {
  const label = KIND_LABELS[kind];
  if (label === undefined) throw new Error(`seed/load: no label for organisation kind "${String(kind)}"`);
  return { label, otherLabels: Object.values(KIND_LABELS).filter((other) => other !== label) };
}
