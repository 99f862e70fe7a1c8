// Every user-facing string of the explorer in Korean and English; a key missing in either fails the typecheck.
import type { LinkKind, OrgKind } from '../api/api-types';
import type { AttendanceRole, EventType, OrgStatus, ProjectRole } from '../api/generated/operations';
import type { LayoutName, Mode, SizeMetric } from '../state/app-state';
import { dashboardEn, dashboardKo, type DashboardMessages } from './dashboard-messages';
import { LOCALES, type Language } from './language';

export interface Messages {
  productName: string;
  languageGroup: string;
  /** `{nodes}` and `{edges}` are replaced by the counts. */
  summary: string;
  modeTabs: string;
  mode: Record<Mode, string>;

  loading: string;
  empty: string;
  databaseUnavailable: string;
  /** `{seconds}` is replaced by the retry interval. */
  retrying: string;
  loadFailed: string;
  retry: string;
  errorCode: string;
  waitingForDatabase: string;

  searchLabel: string;
  searchPlaceholder: string;
  searchHint: string;
  searchLoading: string;
  /** `{text}` is what was typed. */
  searchEmpty: string;
  searchFailed: string;
  /** `{count}` suggestions. */
  searchCount: string;

  filtersTitle: string;
  filterHubs: string;
  filterYears: string;
  yearFrom: string;
  yearTo: string;
  anyYear: string;
  resetFilters: string;
  hubsLoading: string;
  hubsFailed: string;
  emptyFilter: string;

  viewTitle: string;
  depth: string;
  /** `{depth}` hops. */
  depthOption: string;
  wholeNetwork: string;
  /** `{name}` of the centre. */
  viewCentredOn: string;
  viewWhole: string;

  detailTitle: string;
  detailEmpty: string;
  detailLoading: string;
  detailFailed: string;
  detailNotFound: string;
  closeDetail: string;
  kind: string;
  hub: string;
  noHub: string;
  status: string;
  /** `{year}` founded. */
  founded: string;
  /** `{count}` employees. */
  employees: string;
  website: string;
  capabilities: string;
  needs: string;
  partners: string;
  events: string;
  projects: string;
  provenance: string;
  source: string;
  syntheticBadge: string;
  syntheticNote: string;
  realData: string;
  noCapabilities: string;
  noNeeds: string;
  /** Shown instead of the survey needs to callers below staff. */
  needsStaffOnly: string;
  noPartners: string;
  noEvents: string;
  noProjects: string;
  /** `{priority}` 1–3. */
  priority: string;
  /** `{count}` links. */
  linkCount: string;
  /** `{first}`–`{last}` years. */
  yearsRange: string;
  aliases: string;

  actionsTitle: string;
  expand: string;
  hide: string;
  show: string;
  pin: string;
  unpin: string;
  centre: string;
  findPathsFrom: string;
  showDetails: string;
  /** `{name}` of the node. */
  contextMenuLabel: string;

  canvasLabel: string;
  toolbarLabel: string;
  layoutLabel: string;
  layout: Record<LayoutName, string>;
  rerunLayout: string;
  sizeByLabel: string;
  sizeBy: Record<SizeMetric, string>;
  sizeUnavailable: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  fitDescription: string;
  exportLabel: string;
  exportPng: string;
  exportNodesCsv: string;
  exportEdgesCsv: string;
  exportGexf: string;
  exportGraphml: string;
  /** The whole network as CSV from the API (beside the view's CSV made in the page). */
  exportNetworkNodesCsv: string;
  exportNetworkEdgesCsv: string;
  /** Beside the API's exports for callers below researcher. */
  exportNeedsResearcher: string;
  exportFailed: string;

  /** `{nodes}` organisations shown. */
  truncated: string;
  loadMore: string;
  fastMode: string;
  webglMode: string;
  /** `{count}` hidden organisations. */
  hiddenCount: string;
  showHidden: string;
  emptyView: string;
  onlyCentre: string;
  emptyInTime: string;

  timelineLabel: string;
  timelineAll: string;
  /** `{year}`. */
  timelineYear: string;
  play: string;
  pause: string;
  timelineReset: string;

  pathsTitle: string;
  pathFrom: string;
  pathTo: string;
  swapEnds: string;
  clearEnd: string;
  pathCount: string;
  maxHops: string;
  pathLinkKinds: string;
  pathEndsMissing: string;
  pathsLoading: string;
  /** `{hops}` the hop limit. */
  pathsEmpty: string;
  pathsFailed: string;
  /** `{index}` and `{hops}`. */
  pathHeading: string;
  highlightPath: string;
  /** `{date}`. */
  since: string;
  /** `{date}`. */
  until: string;

  legendTitle: string;
  legendOrgKinds: string;
  legendLinkKinds: string;
  legendSynthetic: string;
  legendCentre: string;
  legendPinned: string;
  legendSize: string;

  orgKind: Record<OrgKind, string>;
  linkKind: Record<LinkKind, string>;
  eventType: Record<EventType, string>;
  attendanceRole: Record<AttendanceRole, string>;
  projectRole: Record<ProjectRole, string>;
  orgStatus: Record<OrgStatus, string>;
  /** The policy dashboard (dashboard-messages.ts). */
  dashboard: DashboardMessages;
}

const ko: Messages = {
  productName: '시흥 바이오 클러스터 네트워크 탐색기',
  languageGroup: '언어 선택',
  summary: '기관 {nodes}개 · 연결 {edges}개',
  modeTabs: '작업 선택',
  mode: { explore: '탐색', paths: '경로 찾기', matches: '파트너 매칭', dashboard: '정책 대시보드' },

  loading: '네트워크를 불러오는 중…',
  empty: '아직 표시할 기관이 없습니다.',
  databaseUnavailable: '데이터베이스에 연결할 수 없습니다',
  retrying: '{seconds}초마다 다시 연결을 시도합니다…',
  loadFailed: '불러오지 못했습니다',
  retry: '다시 시도',
  errorCode: '오류 코드',
  waitingForDatabase: '데이터베이스 연결을 기다리는 중…',

  searchLabel: '기관 검색',
  searchPlaceholder: '기관명, 영문명 또는 초성(ㅅㅇㄷ)',
  searchHint: '위·아래 화살표로 고르고 Enter로 선택, Esc로 닫기',
  searchLoading: '찾는 중…',
  searchEmpty: '“{text}”와 일치하는 기관이 없습니다',
  searchFailed: '검색하지 못했습니다',
  searchCount: '검색 결과 {count}개',

  filtersTitle: '필터',
  filterHubs: '거점',
  filterYears: '연도 범위',
  yearFrom: '시작 연도',
  yearTo: '끝 연도',
  anyYear: '전체',
  resetFilters: '필터 초기화',
  hubsLoading: '거점을 불러오는 중…',
  hubsFailed: '거점 목록을 불러오지 못했습니다',
  emptyFilter: '선택한 항목이 없는 필터가 있어 표시할 기관이 없습니다.',

  viewTitle: '보기',
  depth: '연결 단계',
  depthOption: '{depth}단계',
  wholeNetwork: '전체 네트워크 보기',
  viewCentredOn: '{name} 중심',
  viewWhole: '전체 네트워크',

  detailTitle: '기관 정보',
  detailEmpty: '기관을 검색하거나 그래프에서 선택하면 정보가 여기에 표시됩니다.',
  detailLoading: '기관 정보를 불러오는 중…',
  detailFailed: '기관 정보를 불러오지 못했습니다',
  detailNotFound: '이 기관을 찾을 수 없습니다 (삭제되었거나 잘못된 링크).',
  closeDetail: '정보 닫기',
  kind: '유형',
  hub: '거점',
  noHub: '거점 밖',
  status: '상태',
  founded: '{year}년 설립',
  employees: '직원 {count}명',
  website: '웹사이트',
  capabilities: '보유 역량',
  needs: '필요 역량 (수요조사)',
  partners: '협력 기관',
  events: '참여 행사',
  projects: '참여 과제',
  provenance: '출처',
  source: '자료 출처',
  syntheticBadge: '합성 데이터',
  syntheticNote: '예시용으로 만든 기관입니다. 실제 기업이 아닙니다.',
  realData: '공개 자료에 근거한 실제 기관입니다.',
  noCapabilities: '등록된 역량이 없습니다.',
  noNeeds: '수요조사 응답이 없습니다.',
  needsStaffOnly: '설문 수요는 직원만 볼 수 있습니다.',
  noPartners: '기록된 협력 기관이 없습니다.',
  noEvents: '참여한 행사가 없습니다.',
  noProjects: '참여한 과제가 없습니다.',
  priority: '우선순위 {priority}',
  linkCount: '연결 {count}건',
  yearsRange: '{first}–{last}년',
  aliases: '다른 이름',

  actionsTitle: '그래프에서',
  expand: '이웃 펼치기',
  hide: '화면에서 숨기기',
  show: '다시 보이기',
  pin: '위치 고정',
  unpin: '고정 풀기',
  centre: '이 기관 중심으로 보기',
  findPathsFrom: '여기서 경로 찾기',
  showDetails: '정보 보기',
  contextMenuLabel: '{name} 작업',

  canvasLabel: '기관 간 협력 네트워크 그래프',
  toolbarLabel: '그래프 도구',
  layoutLabel: '배치',
  layout: { force: '힘 기반 (fcose)', concentric: '동심원 (선택 기관 중심)', breadthfirst: '너비 우선 (경로)' },
  rerunLayout: '다시 배치',
  sizeByLabel: '노드 크기',
  sizeBy: { degree: '연결 수', betweenness: '매개 중심성', pagerank: '페이지랭크', uniform: '모두 같게' },
  sizeUnavailable: '이 화면은 너무 커서 매개 중심성을 계산하지 않습니다',
  zoomIn: '확대',
  zoomOut: '축소',
  fit: '전체 보기',
  fitDescription: '네트워크 전체가 화면에 들어오도록 맞추기',
  exportLabel: '내보내기',
  exportPng: 'PNG 이미지',
  exportNodesCsv: 'CSV: 기관',
  exportEdgesCsv: 'CSV: 연결',
  exportGexf: 'GEXF (Gephi)',
  exportGraphml: 'GraphML (networkx)',
  exportNetworkNodesCsv: 'CSV: 전체 네트워크 기관',
  exportNetworkEdgesCsv: 'CSV: 전체 네트워크 연결',
  exportNeedsResearcher: '연구자 키 필요',
  exportFailed: '내보내기에 실패했습니다. 다시 시도하세요.',

  truncated: '연결이 많아 일부(기관 {nodes}개)만 표시합니다.',
  loadMore: '더 불러오기',
  fastMode: '큰 화면이라 빠른 그리기 설정을 씁니다 (직선 연결, 이동하는 동안 간략히 표시).',
  webglMode: 'WebGL로 그립니다.',
  hiddenCount: '숨긴 기관 {count}개',
  showHidden: '모두 다시 보이기',
  emptyView: '조건에 맞는 기관이 없습니다.',
  onlyCentre: '필터에 맞는 협력 기관이 없습니다.',
  emptyInTime: '선택한 시점에는 연결이 없습니다.',

  timelineLabel: '기준 시점',
  timelineAll: '전체 기간',
  timelineYear: '{year}년 말',
  play: '연도별 재생',
  pause: '일시 정지',
  timelineReset: '전체 기간 보기',

  pathsTitle: '협력 경로 찾기',
  pathFrom: '출발 기관',
  pathTo: '도착 기관',
  swapEnds: '출발·도착 바꾸기',
  clearEnd: '다시 고르기',
  pathCount: '경로 수',
  maxHops: '최대 단계',
  pathLinkKinds: '허용할 연결 유형',
  pathEndsMissing: '출발 기관과 도착 기관을 고르면 가장 짧은 협력 경로를 보여 줍니다.',
  pathsLoading: '경로를 찾는 중…',
  pathsEmpty: '{hops}단계 안에서 이어지는 경로가 없습니다.',
  pathsFailed: '경로를 찾지 못했습니다',
  pathHeading: '경로 {index} · {hops}단계',
  highlightPath: '그래프에서 강조',
  since: '{date}부터',
  until: '{date}까지',

  legendTitle: '범례',
  legendOrgKinds: '기관 유형',
  legendLinkKinds: '연결 유형',
  legendSynthetic: '점선 테두리: 합성(예시) 데이터',
  legendCentre: '굵은 테두리: 중심 기관',
  legendPinned: '이중 테두리: 위치를 고정한 기관',
  legendSize: '크기: 선택한 중심성',

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
  eventType: {
    FORUM: '포럼',
    KICKOFF: '착수보고회',
    POLICY_ROUNDTABLE: '정책간담회',
    SALON: '살롱',
    TECH_EXCHANGE: '기술교류회',
    TRAINING: '교육',
    WORKSHOP: '워크숍',
  },
  attendanceRole: { HOST: '주최', PARTICIPANT: '참가', SPEAKER: '발표' },
  projectRole: { LEAD: '주관', PARTNER: '참여' },
  orgStatus: { ACTIVE: '운영 중', PLANNED: '계획' },
  dashboard: dashboardKo,
};

const en: Messages = {
  productName: 'Siheung Bio Cluster Network Explorer',
  languageGroup: 'Language',
  summary: '{nodes} organisations · {edges} links',
  modeTabs: 'Task',
  mode: { explore: 'Explore', paths: 'Path finder', matches: 'Partner matches', dashboard: 'Policy dashboard' },

  loading: 'Loading the network…',
  empty: 'There are no organisations to show yet.',
  databaseUnavailable: 'The database is unavailable',
  retrying: 'Trying again every {seconds} seconds…',
  loadFailed: 'Could not be loaded',
  retry: 'Try again',
  errorCode: 'Error code',
  waitingForDatabase: 'Waiting for the database…',

  searchLabel: 'Search organisations',
  searchPlaceholder: 'Name in Korean or English, or 초성 (ㅅㅇㄷ)',
  searchHint: 'Up and down arrows to choose, Enter to select, Esc to close',
  searchLoading: 'Searching…',
  searchEmpty: 'No organisation matches “{text}”',
  searchFailed: 'The search failed',
  searchCount: '{count} results',

  filtersTitle: 'Filters',
  filterHubs: 'Hubs',
  filterYears: 'Years',
  yearFrom: 'From year',
  yearTo: 'To year',
  anyYear: 'Any',
  resetFilters: 'Reset filters',
  hubsLoading: 'Loading the hubs…',
  hubsFailed: 'The hubs could not be loaded',
  emptyFilter: 'A filter has nothing ticked, so there is nothing to show.',

  viewTitle: 'View',
  depth: 'Hops',
  depthOption: '{depth} hops',
  wholeNetwork: 'Show the whole network',
  viewCentredOn: 'Around {name}',
  viewWhole: 'The whole network',

  detailTitle: 'Organisation',
  detailEmpty: 'Search for an organisation or click one in the graph to see its details here.',
  detailLoading: 'Loading the organisation…',
  detailFailed: 'The organisation could not be loaded',
  detailNotFound: 'This organisation does not exist (deleted, or a wrong link).',
  closeDetail: 'Close the details',
  kind: 'Type',
  hub: 'Hub',
  noHub: 'Outside the hubs',
  status: 'Status',
  founded: 'Founded {year}',
  employees: '{count} employees',
  website: 'Website',
  capabilities: 'Capabilities',
  needs: 'Needs (demand survey)',
  partners: 'Partners',
  events: 'Events',
  projects: 'Projects',
  provenance: 'Provenance',
  source: 'Source',
  syntheticBadge: 'Synthetic',
  syntheticNote: 'Invented for the sample data: not a real company.',
  realData: 'A real organisation, from public sources.',
  noCapabilities: 'No capabilities recorded.',
  noNeeds: 'No demand-survey answers.',
  needsStaffOnly: 'Survey needs are visible to staff only.',
  noPartners: 'No partners recorded.',
  noEvents: 'No events attended.',
  noProjects: 'No projects.',
  priority: 'Priority {priority}',
  linkCount: '{count} links',
  yearsRange: '{first}–{last}',
  aliases: 'Also known as',

  actionsTitle: 'On the graph',
  expand: 'Expand neighbours',
  hide: 'Hide from view',
  show: 'Show again',
  pin: 'Pin position',
  unpin: 'Unpin',
  centre: 'Centre the view here',
  findPathsFrom: 'Find paths from here',
  showDetails: 'Show details',
  contextMenuLabel: 'Actions for {name}',

  canvasLabel: 'Graph of collaborations between organisations',
  toolbarLabel: 'Graph tools',
  layoutLabel: 'Layout',
  layout: {
    force: 'Force (fcose)',
    concentric: 'Concentric (around the selection)',
    breadthfirst: 'Breadth-first (paths)',
  },
  rerunLayout: 'Arrange again',
  sizeByLabel: 'Node size',
  sizeBy: { degree: 'Degree', betweenness: 'Betweenness', pagerank: 'PageRank', uniform: 'All the same' },
  sizeUnavailable: 'This view is too large to compute betweenness in the page',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to screen',
  fitDescription: 'Zoom so that the whole network fits the screen',
  exportLabel: 'Export',
  exportPng: 'PNG image',
  exportNodesCsv: 'CSV: organisations',
  exportEdgesCsv: 'CSV: links',
  exportGexf: 'GEXF (Gephi)',
  exportGraphml: 'GraphML (networkx)',
  exportNetworkNodesCsv: 'CSV: whole network, organisations',
  exportNetworkEdgesCsv: 'CSV: whole network, links',
  exportNeedsResearcher: 'needs a researcher key',
  exportFailed: 'The export failed. Try again.',

  truncated: 'Many links: only part of the view ({nodes} organisations) is shown.',
  loadMore: 'Load more',
  fastMode: 'A large view: drawn with faster settings (straight links, simplified while moving).',
  webglMode: 'Drawn with WebGL.',
  hiddenCount: '{count} hidden',
  showHidden: 'Show them all',
  emptyView: 'No organisation matches.',
  onlyCentre: 'No partners within the filters.',
  emptyInTime: 'No links at the chosen time.',

  timelineLabel: 'As of',
  timelineAll: 'All time',
  timelineYear: 'End of {year}',
  play: 'Replay year by year',
  pause: 'Pause',
  timelineReset: 'Show all time',

  pathsTitle: 'Collaboration paths',
  pathFrom: 'From',
  pathTo: 'To',
  swapEnds: 'Swap start and end',
  clearEnd: 'Choose again',
  pathCount: 'Paths',
  maxHops: 'Max hops',
  pathLinkKinds: 'Allowed link types',
  pathEndsMissing: 'Choose where to start and where to end to see the shortest collaboration paths.',
  pathsLoading: 'Finding paths…',
  pathsEmpty: 'No path within {hops} hops.',
  pathsFailed: 'The paths could not be found',
  pathHeading: 'Path {index} · {hops} hops',
  highlightPath: 'Highlight on the graph',
  since: 'since {date}',
  until: 'until {date}',

  legendTitle: 'Legend',
  legendOrgKinds: 'Organisation types',
  legendLinkKinds: 'Link types',
  legendSynthetic: 'Dashed outline: synthetic (sample) data',
  legendCentre: 'Thick outline: the centre of the view',
  legendPinned: 'Double outline: pinned in place',
  legendSize: 'Size: the chosen centrality',

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
  eventType: {
    FORUM: 'Forum',
    KICKOFF: 'Kick-off',
    POLICY_ROUNDTABLE: 'Policy roundtable',
    SALON: 'Salon',
    TECH_EXCHANGE: 'Tech exchange',
    TRAINING: 'Training',
    WORKSHOP: 'Workshop',
  },
  attendanceRole: { HOST: 'Host', PARTICIPANT: 'Participant', SPEAKER: 'Speaker' },
  projectRole: { LEAD: 'Lead', PARTNER: 'Partner' },
  orgStatus: { ACTIVE: 'Active', PLANNED: 'Planned' },
  dashboard: dashboardEn,
};

export const messages: Readonly<Record<Language, Messages>> = { ko, en };

/** Fills `{name}` placeholders; numbers are grouped for the language (1,234), years are not. */
export function formatMessage(template: string, values: Record<string, string | number>, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (typeof value !== 'number') return value;
    return /year|first|last/i.test(name) ? String(value) : value.toLocaleString(LOCALES[language]);
  });
}
