// Every user-facing string of the explorer in Korean and English; a key missing in either fails the typecheck.
import type { LinkKind, OrgKind } from '../api/schema-types';
import type { Language } from './language';

export interface Messages {
  productName: string;
  languageGroup: string;
  loading: string;
  empty: string;
  databaseUnavailable: string;
  /** `{seconds}` is replaced by the retry interval. */
  retrying: string;
  loadFailed: string;
  retry: string;
  errorCode: string;
  /** `{nodes}` is replaced by the number of organisations shown. */
  truncated: string;
  /** `{nodes}` and `{edges}` are replaced by the counts. */
  summary: string;
  fit: string;
  fitDescription: string;
  canvasLabel: string;
  legendTitle: string;
  legendOrgKinds: string;
  legendLinkKinds: string;
  legendSynthetic: string;
  orgKind: Record<OrgKind, string>;
  linkKind: Record<LinkKind, string>;
}

const ko: Messages = {
  productName: '시흥 바이오 클러스터 네트워크 탐색기',
  languageGroup: '언어 선택',
  loading: '네트워크를 불러오는 중…',
  empty: '아직 표시할 기관이 없습니다.',
  databaseUnavailable: '데이터베이스에 연결할 수 없습니다',
  retrying: '{seconds}초마다 다시 연결을 시도합니다…',
  loadFailed: '네트워크를 불러오지 못했습니다',
  retry: '다시 시도',
  errorCode: '오류 코드',
  truncated: '네트워크가 커서 일부(기관 {nodes}개)만 표시합니다.',
  summary: '기관 {nodes}개 · 연결 {edges}개',
  fit: '전체 보기',
  fitDescription: '네트워크 전체가 화면에 들어오도록 맞추기',
  canvasLabel: '기관 간 협력 네트워크 그래프',
  legendTitle: '범례',
  legendOrgKinds: '기관 유형',
  legendLinkKinds: '연결 유형',
  legendSynthetic: '점선 테두리: 합성(예시) 데이터',
  orgKind: {
    COMPANY: '기업',
    UNIVERSITY: '대학',
    HOSPITAL: '병원',
    RESEARCH_INSTITUTE: '연구기관',
    PUBLIC_AGENCY: '공공기관',
    SUPPORT_ORG: '지원기관',
  },
  linkKind: {
    JOINT_RD: '공동연구',
    CO_PUBLICATION: '공동논문',
    CLINICAL_TRIAL: '임상시험',
    TECH_TRANSFER: '기술이전',
    SUPPLY: '공급',
    MOU: '업무협약',
    INVESTMENT: '투자',
  },
};

const en: Messages = {
  productName: 'Siheung Bio Cluster Network Explorer',
  languageGroup: 'Language',
  loading: 'Loading the network…',
  empty: 'There are no organisations to show yet.',
  databaseUnavailable: 'The database is unavailable',
  retrying: 'Trying again every {seconds} seconds…',
  loadFailed: 'The network could not be loaded',
  retry: 'Try again',
  errorCode: 'Error code',
  truncated: 'The network is large: only part of it ({nodes} organisations) is shown.',
  summary: '{nodes} organisations · {edges} links',
  fit: 'Fit to screen',
  fitDescription: 'Zoom so that the whole network fits the screen',
  canvasLabel: 'Graph of collaborations between organisations',
  legendTitle: 'Legend',
  legendOrgKinds: 'Organisation types',
  legendLinkKinds: 'Link types',
  legendSynthetic: 'Dashed outline: synthetic (sample) data',
  orgKind: {
    COMPANY: 'Company',
    UNIVERSITY: 'University',
    HOSPITAL: 'Hospital',
    RESEARCH_INSTITUTE: 'Research institute',
    PUBLIC_AGENCY: 'Public agency',
    SUPPORT_ORG: 'Support organisation',
  },
  linkKind: {
    JOINT_RD: 'Joint R&D',
    CO_PUBLICATION: 'Co-publication',
    CLINICAL_TRIAL: 'Clinical trial',
    TECH_TRANSFER: 'Tech transfer',
    SUPPLY: 'Supply',
    MOU: 'MOU',
    INVESTMENT: 'Investment',
  },
};

export const messages: Readonly<Record<Language, Messages>> = { ko, en };

/** Fills `{name}` placeholders; numbers are grouped for the language (1,234). */
export function formatMessage(template: string, values: Record<string, string | number>, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(language === 'ko' ? 'ko-KR' : 'en-GB') : value;
  });
}
