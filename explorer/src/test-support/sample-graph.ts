// A small hand-made graph payload shared by the explorer's unit tests.
import type { GraphPayload } from '../api/schema-types';

export function sampleGraph(): GraphPayload {
  return {
    truncated: false,
    nodes: [
      { id: 'snu', label: '서울대학교', labelEn: 'Seoul National University', kind: 'UNIVERSITY', hub: 'baegot', synthetic: false },
      { id: 'snuh', label: '서울대학교병원', labelEn: 'SNU Hospital', kind: 'HOSPITAL', hub: 'baegot', synthetic: false },
      { id: 'acme', label: '에이크미바이오', labelEn: 'Acme Bio', kind: 'COMPANY', hub: 'jeongwang', synthetic: true },
      { id: 'kribb', label: '생명연', labelEn: '', kind: 'RESEARCH_INSTITUTE', hub: null, synthetic: false },
    ],
    edges: [
      { id: 'e1', source: 'snu', target: 'snuh', kind: 'CLINICAL_TRIAL', since: '2021-03-01', until: null, weight: 1 },
      { id: 'e2', source: 'acme', target: 'snu', kind: 'JOINT_RD', since: '2023-01-15', until: '2025-12-31', weight: 2.5 },
      { id: 'e3', source: 'acme', target: 'kribb', kind: 'TECH_TRANSFER', since: null, until: null, weight: 1 },
    ],
  };
}
