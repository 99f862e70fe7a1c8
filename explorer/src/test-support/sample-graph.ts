// A small hand-made graph payload shared by the explorer's unit tests.
import type { GraphPayload } from '../api/api-types';

export function sampleGraph(): GraphPayload {
  return {
    truncated: false,
    nodes: [
      { id: 'snu', label: '서울대학교', labelEn: 'Seoul National University', kind: 'UNIVERSITY', hub: 'baegot', sector: null, synthetic: false, degree: 2, distance: 0 },
      { id: 'snuh', label: '서울대학교병원', labelEn: 'SNU Hospital', kind: 'HOSPITAL', hub: 'baegot', sector: null, synthetic: false, degree: 1, distance: 1 },
      { id: 'acme', label: '에이크미바이오', labelEn: 'Acme Bio', kind: 'COMPANY', hub: 'jeongwang', sector: 'SEC-CDMO', synthetic: true, degree: 2, distance: 1 },
      { id: 'kribb', label: '생명연', labelEn: '', kind: 'RESEARCH_INSTITUTE', hub: null, sector: null, synthetic: false, degree: 1, distance: 2 },
    ],
    edges: [
      { id: 'e1', source: 'snu', target: 'snuh', kind: 'CLINICAL_TRIAL', since: '2021-03-01', until: null, weight: 1, title: null },
      { id: 'e2', source: 'acme', target: 'snu', kind: 'JOINT_RD', since: '2023-01-15', until: '2025-12-31', weight: 2.5, title: '공동연구' },
      { id: 'e3', source: 'acme', target: 'kribb', kind: 'TECH_TRANSFER', since: null, until: null, weight: 1, title: null },
    ],
  };
}
