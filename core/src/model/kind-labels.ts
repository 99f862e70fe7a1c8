// The secondary label of each organisation kind: the one allow-list every writer (the data loader and the
// API's mutations) picks labels from. Labels cannot be query parameters, so only these strings ever
// reach Cypher's dynamic labels.

/**
 * The organisation kinds (the API schema's OrgKind enum; graph-api/src/data/kind-labels.test.ts keeps the two the
 * same).
 */
export type OrgKind = 'COMPANY' | 'UNIVERSITY' | 'HOSPITAL' | 'RESEARCH_INSTITUTE' | 'PUBLIC_AGENCY' | 'SUPPORT_ORG';

export const KIND_LABELS: Readonly<Record<OrgKind, string>> = Object.freeze({
  COMPANY: 'Company',
  UNIVERSITY: 'University',
  HOSPITAL: 'Hospital',
  RESEARCH_INSTITUTE: 'ResearchInstitute',
  PUBLIC_AGENCY: 'PublicAgency',
  SUPPORT_ORG: 'SupportOrg',
});

/** The label for a kind, and the other kind labels to remove (the kind may have changed since the last write). */
export function kindLabels(kind: OrgKind): { label: string; otherLabels: string[] } {
  const label = KIND_LABELS[kind];
  if (label === undefined) throw new Error(`model/kind-labels: no label for organisation kind "${String(kind)}"`);
  return { label, otherLabels: Object.values(KIND_LABELS).filter((other) => other !== label) };
}
