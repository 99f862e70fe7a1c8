// The partner-matches panel's strings in Korean and English (kept apart from messages.ts, which other panels edit).
import type { MatchDecision, MatchFactor } from '../api/matches-queries';
import type { WeightsOutcome } from '../api/generated/operations';
import type { Language } from './language';

export interface MatchesMessages {
  title: string;
  findPartners: string;
  proposeWhatIf: string;
  proposedWhatIf: string;
  forLabel: string;
  searchLabel: string;
  useSelected: string;
  change: string;
  chooseOrg: string;
  filtersTitle: string;
  need: string;
  anyNeed: string;
  hubs: string;
  kinds: string;
  includeExisting: string;
  loading: string;
  empty: string;
  emptyFilter: string;
  failed: string;
  staffOnly: string;
  keyRefused: string;
  listLabel: string;
  /** `{rank}`, `{score}` (a percentage). */
  rankScore: string;
  scoreLabel: string;
  /** `{factor}`, `{value}`, `{weight}`, `{contribution}` (percentages). */
  scorePart: string;
  reasons: string;
  offered: string;
  wanted: string;
  events: string;
  projects: string;
  via: string;
  explanation: string;
  showPath: string;
  hidePath: string;
  introductionTitle: string;
  noIntroduction: string;
  introducersTitle: string;
  introducersLoading: string;
  noIntroducers: string;
  feedbackGroup: string;
  /** `{decision}`, `{who}`, `{date}`. */
  feedbackLine: string;
  feedbackSaving: string;
  feedbackFailed: string;
  /** `{from}`, `{to}`, `{count}`, `{top}` (the largest weights). */
  weightsLearnt: string;
  /** `{top}`, `{why}`. */
  weightsConfigured: string;
  weightsWhy: Record<Exclude<WeightsOutcome, 'CALIBRATED'>, string>;
  decision: Record<MatchDecision, string>;
  factor: Record<MatchFactor, string>;
}

const ko: MatchesMessages = {
  title: '파트너 매칭',
  findPartners: '파트너 찾기',
  proposeWhatIf: '정책 대시보드 가정 분석에 추가',
  proposedWhatIf: '가정 분석에 추가됨',
  forLabel: '매칭할 기관',
  searchLabel: '매칭할 기관 검색',
  useSelected: '선택한 기관으로: {name}',
  change: '다른 기관',
  chooseOrg: '기관을 고르면 함께 일할 만한 기관을 점수와 이유와 함께 추천합니다.',
  filtersTitle: '조건',
  need: '수요',
  anyNeed: '모든 수요',
  hubs: '거점',
  kinds: '기관 유형',
  includeExisting: '이미 협력 중인 기관도 포함',
  loading: '추천 후보를 계산하는 중…',
  empty: '이 조건에 맞는 후보가 없습니다.',
  emptyFilter: '거점이나 기관 유형을 하나 이상 고르세요.',
  failed: '추천 후보를 불러오지 못했습니다',
  staffOnly: '파트너 매칭은 수요조사와 사무국 기록을 쓰므로 직원 API 키가 필요합니다. 위의 ‘API 키’에 입력해 주세요.',
  keyRefused: '입력한 API 키가 거부되었습니다(알 수 없거나 폐기된 키).',
  listLabel: '추천 후보',
  rankScore: '{rank}위 · {score}점',
  scoreLabel: '점수 구성',
  scorePart: '{factor}: 값 {value}% × 가중치 {weight}% = {contribution}점',
  reasons: '근거',
  offered: '제공할 수 있는 역량',
  wanted: '이 기관에게 필요한 역량',
  events: '함께한 행사',
  projects: '함께한 과제',
  via: '거쳐 가는 기관',
  explanation: '설명',
  showPath: '소개 경로 보기',
  hidePath: '경로 닫기',
  introductionTitle: '소개 경로',
  noIntroduction: '기존 연결로 이어지는 소개 경로가 없습니다.',
  introducersTitle: '소개해 줄 기관',
  introducersLoading: '소개해 줄 기관을 찾는 중…',
  noIntroducers: '소개해 줄 기관이 없습니다.',
  feedbackGroup: '사무국 기록',
  feedbackLine: '{decision} · {who} · {date}',
  feedbackSaving: '기록하는 중…',
  feedbackFailed: '기록하지 못했습니다',
  weightsLearnt: '순위 가중치: {from}~{to} 한 해 동안 새 파트너를 얻은 {count}곳의 실제 협력을 가장 잘 맞힌 값 — {top}',
  weightsConfigured: '순위 가중치: 문서에 정한 기본값 — {top} ({why})',
  weightsWhy: {
    NO_GAIN: '지난 1년 자료로 더 나은 값을 찾지 못함',
    TOO_FEW_NEW_PARTNERSHIPS: '지난 1년의 새 협력이 적어 학습하지 않음',
    OFF: '설정으로 고정됨',
  },
  decision: { CONTACTED: '연락함', ACCEPTED: '수락', DECLINED: '거절' },
  factor: {
    CAPABILITY_FIT: '역량 적합',
    INTRODUCTION: '소개 경로',
    SHARED_ACTIVITY: '공동 활동',
    HUB_PROXIMITY: '거점 근접',
    KIND_COMPLEMENT: '유형 보완',
    STRUCTURAL_SIMILARITY: '공통 파트너',
    POPULARITY: '허브형 기관',
    FEEDBACK: '사무국 피드백',
  },
};

const en: MatchesMessages = {
  title: 'Partner matches',
  findPartners: 'Find partners',
  proposeWhatIf: 'Add to the dashboard’s what-if',
  proposedWhatIf: 'Added to the what-if',
  forLabel: 'Matching for',
  searchLabel: 'Search an organisation to match',
  useSelected: 'Use the selected one: {name}',
  change: 'Another organisation',
  chooseOrg: 'Choose an organisation to see who it should meet, ranked, with the score and the reasons.',
  filtersTitle: 'Conditions',
  need: 'Need',
  anyNeed: 'Any need',
  hubs: 'Hubs',
  kinds: 'Organisation kinds',
  includeExisting: 'Include organisations it already works with',
  loading: 'Ranking candidates…',
  empty: 'No candidate meets these conditions.',
  emptyFilter: 'Tick at least one hub and one kind.',
  failed: 'The candidates could not be loaded',
  staffOnly:
    'Partner matches use the demand survey and the secretariat’s records, so they need a staff API key: enter ' +
    'it under “API key” above.',
  keyRefused: 'The API key was refused (unknown or revoked).',
  listLabel: 'Candidates',
  rankScore: '#{rank} · score {score}',
  scoreLabel: 'Score breakdown',
  scorePart: '{factor}: value {value}% × weight {weight}% = {contribution} points',
  reasons: 'Reasons',
  offered: 'Capabilities it offers',
  wanted: 'Capabilities it needs from this organisation',
  events: 'Events together',
  projects: 'Projects together',
  via: 'Via',
  explanation: 'Explanation',
  showPath: 'Show the introduction path',
  hidePath: 'Close the path',
  introductionTitle: 'Introduction paths',
  noIntroduction: 'No chain of existing links leads there.',
  introducersTitle: 'Who could introduce them',
  introducersLoading: 'Looking for introducers…',
  noIntroducers: 'No organisation is placed to introduce them.',
  feedbackGroup: 'Secretariat record',
  feedbackLine: '{decision} · {who} · {date}',
  feedbackSaving: 'Recording…',
  feedbackFailed: 'Could not record it',
  weightsLearnt:
    'Ranking weights: those that best foresaw the partnerships of the {count} organisations that gained one ' +
    'between {from} and {to} — {top}',
  weightsConfigured: 'Ranking weights: the documented defaults — {top} ({why})',
  weightsWhy: {
    NO_GAIN: 'the last year suggested nothing better',
    TOO_FEW_NEW_PARTNERSHIPS: 'too few new partnerships in the last year to learn from',
    OFF: 'pinned by the settings',
  },
  decision: { CONTACTED: 'Contacted', ACCEPTED: 'Accepted', DECLINED: 'Declined' },
  factor: {
    CAPABILITY_FIT: 'Capability fit',
    INTRODUCTION: 'Introduction paths',
    SHARED_ACTIVITY: 'Shared activity',
    HUB_PROXIMITY: 'Hub proximity',
    KIND_COMPLEMENT: 'Complementary kinds',
    STRUCTURAL_SIMILARITY: 'Shared partners',
    POPULARITY: 'Well-connected',
    FEEDBACK: 'Secretariat feedback',
  },
};

export const matchesMessages: Readonly<Record<Language, MatchesMessages>> = { ko, en };
