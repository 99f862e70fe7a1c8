// The Korean names of every dataset file and column (docs/data.md lists them beside the English ones):
// spreadsheets from the secretariat may use either; both are read as the English column names.
import type { FileSpec } from './column-spec.ts';
import type { DatasetType } from './dataset.ts';
import type {
  ATTENDANCE,
  CAPABILITIES,
  COLLABORATIONS,
  EVENTS,
  HUBS,
  ORGANIZATION_CAPABILITIES,
  ORGANIZATION_NEEDS,
  ORGANIZATIONS,
  PROGRAMS,
  PROJECT_MEMBERS,
  PROJECTS,
} from './file-specs.ts';

type HeadersOf<S extends FileSpec> = { readonly [K in keyof S['columns']]: string };

const provenance = { source: '출처', synthetic: '가상여부' } as const;
const named = { id: '아이디', name: '이름', nameEn: '영문명' } as const;

/** Korean header of each column, per dataset type. */
export const KOREAN_HEADERS: {
  readonly hubs: HeadersOf<typeof HUBS>;
  readonly capabilities: HeadersOf<typeof CAPABILITIES>;
  readonly programs: HeadersOf<typeof PROGRAMS>;
  readonly organizations: HeadersOf<typeof ORGANIZATIONS>;
  readonly events: HeadersOf<typeof EVENTS>;
  readonly projects: HeadersOf<typeof PROJECTS>;
  readonly organizationCapabilities: HeadersOf<typeof ORGANIZATION_CAPABILITIES>;
  readonly organizationNeeds: HeadersOf<typeof ORGANIZATION_NEEDS>;
  readonly collaborations: HeadersOf<typeof COLLABORATIONS>;
  readonly attendance: HeadersOf<typeof ATTENDANCE>;
  readonly projectMembers: HeadersOf<typeof PROJECT_MEMBERS>;
} = {
  hubs: { ...named, role: '역할', roleEn: '영문역할', lat: '위도', lng: '경도', ...provenance },
  capabilities: { ...named, level: '수준', broader: '상위역량', ...provenance },
  programs: { ...named, parent: '상위사업', description: '설명', descriptionEn: '영문설명', ...provenance },
  organizations: {
    ...named,
    aliases: '별칭',
    kind: '유형',
    hub: '거점',
    sector: '분야',
    founded: '설립연도',
    employees: '종업원수',
    status: '상태',
    description: '설명',
    descriptionEn: '영문설명',
    website: '웹사이트',
    ...provenance,
  },
  events: { ...named, type: '유형', date: '일자', program: '사업', hub: '거점', ...provenance },
  projects: {
    id: '아이디',
    title: '과제명',
    titleEn: '영문과제명',
    funder: '지원기관',
    startYear: '시작연도',
    endYear: '종료연도',
    budgetMillionKrw: '예산(백만원)',
    ...provenance,
  },
  organizationCapabilities: { orgId: '기관아이디', capabilityId: '역량아이디', ...provenance },
  organizationNeeds: { orgId: '기관아이디', capabilityId: '역량아이디', priority: '우선순위', ...provenance },
  collaborations: {
    id: '아이디',
    from: '주체기관',
    to: '상대기관',
    kind: '유형',
    since: '시작일',
    until: '종료일',
    weight: '가중치',
    title: '제목',
    ...provenance,
  },
  attendance: { orgId: '기관아이디', eventId: '행사아이디', role: '역할', ...provenance },
  projectMembers: { projectId: '과제아이디', orgId: '기관아이디', role: '역할', ...provenance },
};

/**
 * Korean file (or sheet) names of each type; the first is the one export and the templates use. A name
 * matches after spaces, `_`, `-` and `·` are removed.
 */
export const KOREAN_FILE_NAMES: Readonly<Record<DatasetType, readonly string[]>> = {
  hubs: ['거점'],
  capabilities: ['역량분류', '분야역량', '분야역량분류'],
  programs: ['사업'],
  organizations: ['기관', '조직'],
  events: ['행사'],
  projects: ['과제', '연구개발과제'],
  organizationCapabilities: ['보유역량', '기관역량'],
  organizationNeeds: ['수요', '기관수요'],
  collaborations: ['협력관계', '협력'],
  attendance: ['행사참여', '참석'],
  projectMembers: ['과제참여기관', '과제참여'],
};

export function koreanHeadersOf(type: string): Readonly<Record<string, string>> {
  return (KOREAN_HEADERS as Readonly<Record<string, Readonly<Record<string, string>>>>)[type] ?? {};
}
