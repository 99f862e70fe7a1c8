// The policy dashboard's strings in Korean and English (part of messages.ts under `dashboard`).
import type { BrokerReasonCode, CentralityMetric, DensityGrouping } from '../api/dashboard-types';

/** The headline statistics the dashboard shows, in this order. */
export const STAT_KEYS = [
  'organizations',
  'links',
  'density',
  'averageDegree',
  'components',
  'largestComponentShare',
  'averageClustering',
  'averageShortestPath',
  'modularity',
  'isolates',
] as const;
export type StatKey = (typeof STAT_KEYS)[number];

export interface DashboardMessages {
  title: string;
  /** `{date}`. */
  asOf: string;
  allTime: string;
  scopeNote: string;

  statsTitle: string;
  stat: Record<StatKey, { label: string; help: string }>;
  statsLoading: string;
  statsFailed: string;
  /** `{sources}` breadth-first sources. */
  pathsSampled: string;
  noValue: string;

  heatMapTitle: string;
  groupBy: string;
  grouping: Record<DensityGrouping, string>;
  heatMapCaption: string;
  /** `{row}`, `{column}`, `{density}`, `{links}`, `{possible}`. */
  heatCell: string;
  /** `{row}`, `{column}`. */
  heatCellNoPairs: string;
  /** `{size}` organisations. */
  groupSize: string;
  heatLegend: string;
  noPairs: string;
  heatMapLoading: string;
  heatMapFailed: string;
  heatMapEmpty: string;

  trendTitle: string;
  /** `{first}`–`{last}` years. */
  trendNote: string;
  trendSeries: { density: string; links: string; organizations: string; newLinks: string; endedLinks: string };
  chartDensity: string;
  chartSize: string;
  chartChange: string;
  year: string;
  tableView: string;
  trendLoading: string;
  trendFailed: string;
  trendEmpty: string;

  brokersTitle: string;
  brokersHelp: string;
  brokersLoading: string;
  brokersFailed: string;
  brokersEmpty: string;
  reason: Record<BrokerReasonCode, string>;
  /** `{pivots}` sampled pivots. */
  estimated: string;

  centralityTitle: string;
  metricLabel: string;
  metric: Record<CentralityMetric, string>;
  centralityLoading: string;
  centralityFailed: string;
  centralityEmpty: string;
  /** `{degree}` partners. */
  partnersCount: string;
  /** `{name}`. */
  selectOrganization: string;

  communitiesTitle: string;
  communitiesHelp: string;
  colourByCommunity: string;
  communityLegend: string;
  /** `{id}`, `{size}`. */
  communityItem: string;
  /** `{hub}`, `{kind}`. */
  communityDominant: string;
  noCommunity: string;
  /** `{count}` communities. */
  communityCount: string;
  communitiesLoading: string;
  communitiesFailed: string;
  communitiesEmpty: string;

  whatIfTitle: string;
  whatIfHelp: string;
  linkFrom: string;
  linkTo: string;
  addLink: string;
  /** `{from}`, `{to}`. */
  removeLink: string;
  clearLinks: string;
  proposedTitle: string;
  noProposedLinks: string;
  sameOrganization: string;
  tooManyLinks: string;
  whatIfLoading: string;
  whatIfFailed: string;
  whatIfMetric: string;
  before: string;
  after: string;
  delta: string;
  alreadyLinked: string;
  joinsComponents: string;
  chooseAgain: string;
}

export const dashboardKo: DashboardMessages = {
  title: '정책 대시보드',
  asOf: '{date} 기준',
  allTime: '기록된 모든 연결 기준',
  scopeNote: '필터(거점·기관 유형·연결 유형)와 기준 시점에 맞춘 네트워크의 지표입니다.',

  statsTitle: '네트워크 지표',
  stat: {
    organizations: { label: '기관', help: '네트워크에 있는 기관 수' },
    links: { label: '연결', help: '연결된 기관 쌍의 수 (한 쌍의 여러 연결은 하나로 셈)' },
    density: { label: '밀도', help: '실제 연결 / 가능한 모든 쌍. 1에 가까울수록 촘촘합니다' },
    averageDegree: { label: '평균 연결 수', help: '기관 하나가 평균 몇 곳과 연결되어 있는지' },
    components: { label: '연결 덩어리', help: '서로 이어진 기관 묶음의 수 (고립 기관도 하나)' },
    largestComponentShare: { label: '최대 덩어리 비율', help: '가장 큰 덩어리에 속한 기관의 비율' },
    averageClustering: { label: '군집 계수', help: '협력 기관끼리도 서로 협력하는 정도의 평균' },
    averageShortestPath: { label: '평균 경로 길이', help: '최대 덩어리에서 두 기관 사이 평균 단계 수' },
    modularity: { label: '모듈성', help: '커뮤니티로 나뉜 정도 (Louvain). 높을수록 끼리끼리 뭉칩니다' },
    isolates: { label: '고립 기관', help: '연결이 하나도 없는 기관' },
  },
  statsLoading: '지표를 계산하는 중…',
  statsFailed: '지표를 불러오지 못했습니다',
  pathsSampled: '경로 길이는 출발점 {sources}곳으로 추정한 값입니다.',
  noValue: '—',

  heatMapTitle: '밀도 히트맵',
  groupBy: '묶음 기준',
  grouping: { HUB: '거점', ORG_KIND: '기관 유형', SECTOR: '분야' },
  heatMapCaption: '두 집단 사이(대각선은 집단 안)의 연결 밀도. 진할수록 촘촘합니다.',
  heatCell: '{row} × {column}: 밀도 {density}, 연결 {links} / 가능한 쌍 {possible}',
  heatCellNoPairs: '{row} × {column}: 가능한 쌍 없음',
  groupSize: '기관 {size}개',
  heatLegend: '밀도 색 척도',
  noPairs: '쌍 없음',
  heatMapLoading: '밀도 행렬을 계산하는 중…',
  heatMapFailed: '밀도 행렬을 불러오지 못했습니다',
  heatMapEmpty: '이 범위에는 기관이 없습니다.',

  trendTitle: '연도별 추이',
  trendNote: '{first}–{last}년, 각 해 말 기준',
  trendSeries: { density: '밀도', links: '연결', organizations: '기관', newLinks: '새 연결', endedLinks: '끝난 연결' },
  chartDensity: '연도별 네트워크 밀도',
  chartSize: '연도별 기관과 연결 수',
  chartChange: '연도별 새 연결과 끝난 연결',
  year: '연도',
  tableView: '표로 보기',
  trendLoading: '추이를 계산하는 중…',
  trendFailed: '추이를 불러오지 못했습니다',
  trendEmpty: '날짜가 기록된 연결이 없어 추이를 그릴 수 없습니다.',

  brokersTitle: '중개 기관',
  brokersHelp: '거점이나 유형이 다른 기관들을 잇는 기관 (매개 중심성과 경계를 넘는 연결 순)',
  brokersLoading: '중개 기관을 찾는 중…',
  brokersFailed: '중개 기관을 불러오지 못했습니다',
  brokersEmpty: '이 범위에는 중개 기관이 없습니다.',
  reason: {
    HIGH_BETWEENNESS: '매개 중심성 상위',
    BRIDGES_HUBS: '거점 연결',
    BRIDGES_KINDS: '유형 연결',
    BRIDGES_SECTORS: '분야 연결',
  },
  estimated: '표본 추정 (기준점 {pivots}개)',

  centralityTitle: '중심성 순위',
  metricLabel: '중심성 지표',
  metric: {
    DEGREE: '연결 중심성',
    BETWEENNESS: '매개 중심성',
    CLOSENESS: '근접 중심성',
    EIGENVECTOR: '고유벡터 중심성',
    PAGERANK: '페이지랭크',
  },
  centralityLoading: '순위를 계산하는 중…',
  centralityFailed: '순위를 불러오지 못했습니다',
  centralityEmpty: '이 범위에는 기관이 없습니다.',
  partnersCount: '협력 {degree}곳',
  selectOrganization: '{name} 선택',

  communitiesTitle: '커뮤니티',
  communitiesHelp: 'Louvain 방법으로 찾은, 서로 많이 연결된 기관 묶음 (2곳 이상)',
  colourByCommunity: '커뮤니티별로 노드 색칠',
  communityLegend: '커뮤니티 색',
  communityItem: '커뮤니티 {id} · 기관 {size}개',
  communityDominant: '주로 {hub} · {kind}',
  noCommunity: '커뮤니티 없음 (고립 기관 등)',
  communityCount: '커뮤니티 {count}개',
  communitiesLoading: '커뮤니티를 찾는 중…',
  communitiesFailed: '커뮤니티를 불러오지 못했습니다',
  communitiesEmpty: '이 범위에는 커뮤니티가 없습니다.',

  whatIfTitle: '가상 연결 효과',
  whatIfHelp: '두 기관을 골라 가상의 연결을 목록에 넣으면, 그 연결이 생겼을 때 지표가 어떻게 바뀌는지 보여 줍니다.',
  linkFrom: '가상 연결: 기관 1',
  linkTo: '가상 연결: 기관 2',
  addLink: '목록에 추가',
  removeLink: '{from}–{to} 연결 빼기',
  clearLinks: '모두 지우기',
  proposedTitle: '제안한 연결',
  noProposedLinks: '아직 제안한 연결이 없습니다.',
  sameOrganization: '서로 다른 두 기관을 고르세요.',
  tooManyLinks: '한 번에 50개까지 넣을 수 있습니다.',
  whatIfLoading: '효과를 계산하는 중…',
  whatIfFailed: '효과를 계산하지 못했습니다',
  whatIfMetric: '지표',
  before: '현재',
  after: '연결 후',
  delta: '변화',
  alreadyLinked: '이미 연결됨',
  joinsComponents: '떨어진 덩어리를 이음',
  chooseAgain: '다시 고르기',
};

export const dashboardEn: DashboardMessages = {
  title: 'Policy dashboard',
  asOf: 'As of {date}',
  allTime: 'Every link recorded',
  scopeNote:
    'Figures for the network the filters choose (hubs, organisation kinds, link kinds), as of the chosen date.',

  statsTitle: 'Network statistics',
  stat: {
    organizations: { label: 'Organisations', help: 'Organisations in the network' },
    links: { label: 'Links', help: 'Linked pairs of organisations (several links between a pair count once)' },
    density: { label: 'Density', help: 'Links / all possible pairs; closer to 1 is denser' },
    averageDegree: { label: 'Average degree', help: 'How many partners an organisation has on average' },
    components: {
      label: 'Components',
      help: 'Groups of organisations connected to each other (an isolated one counts)',
    },
    largestComponentShare: { label: 'Largest component', help: 'Share of organisations in the largest component' },
    averageClustering: {
      label: 'Clustering',
      help: 'How often partners of an organisation also work together, on average',
    },
    averageShortestPath: {
      label: 'Average path',
      help: 'Mean hops between two organisations of the largest component',
    },
    modularity: {
      label: 'Modularity',
      help: 'How strongly the network splits into communities (Louvain); higher is more clustered',
    },
    isolates: { label: 'Isolates', help: 'Organisations without any link' },
  },
  statsLoading: 'Computing the statistics…',
  statsFailed: 'The statistics could not be loaded',
  pathsSampled: 'Path figures are estimated from {sources} sources.',
  noValue: '—',

  heatMapTitle: 'Density heat map',
  groupBy: 'Group by',
  grouping: { HUB: 'Hub', ORG_KIND: 'Organisation kind', SECTOR: 'Sector' },
  heatMapCaption: 'Link density between two groups (within a group on the diagonal); darker is denser.',
  heatCell: '{row} × {column}: density {density}, {links} links of {possible} possible pairs',
  heatCellNoPairs: '{row} × {column}: no possible pairs',
  groupSize: '{size} organisations',
  heatLegend: 'Density colour scale',
  noPairs: 'no pairs',
  heatMapLoading: 'Computing the density matrix…',
  heatMapFailed: 'The density matrix could not be loaded',
  heatMapEmpty: 'There are no organisations in this scope.',

  trendTitle: 'Trends by year',
  trendNote: '{first}–{last}, at the end of each year',
  trendSeries: {
    density: 'Density',
    links: 'Links',
    organizations: 'Organisations',
    newLinks: 'New links',
    endedLinks: 'Ended links',
  },
  chartDensity: 'Network density by year',
  chartSize: 'Organisations and links by year',
  chartChange: 'New and ended links by year',
  year: 'Year',
  tableView: 'Show as a table',
  trendLoading: 'Computing the trends…',
  trendFailed: 'The trends could not be loaded',
  trendEmpty: 'No link has a date, so there is no trend to draw.',

  brokersTitle: 'Brokers',
  brokersHelp: 'Organisations that connect other hubs or kinds (by betweenness and links across groups)',
  brokersLoading: 'Finding the brokers…',
  brokersFailed: 'The brokers could not be loaded',
  brokersEmpty: 'There are no brokers in this scope.',
  reason: {
    HIGH_BETWEENNESS: 'Top betweenness',
    BRIDGES_HUBS: 'Bridges hubs',
    BRIDGES_KINDS: 'Bridges kinds',
    BRIDGES_SECTORS: 'Bridges sectors',
  },
  estimated: 'Estimated ({pivots} pivots)',

  centralityTitle: 'Centrality ranking',
  metricLabel: 'Centrality',
  metric: {
    DEGREE: 'Degree',
    BETWEENNESS: 'Betweenness',
    CLOSENESS: 'Closeness',
    EIGENVECTOR: 'Eigenvector',
    PAGERANK: 'PageRank',
  },
  centralityLoading: 'Computing the ranking…',
  centralityFailed: 'The ranking could not be loaded',
  centralityEmpty: 'There are no organisations in this scope.',
  partnersCount: '{degree} partners',
  selectOrganization: 'Select {name}',

  communitiesTitle: 'Communities',
  communitiesHelp: 'Groups of closely linked organisations found by the Louvain method (two or more members)',
  colourByCommunity: 'Colour nodes by community',
  communityLegend: 'Community colours',
  communityItem: 'Community {id} · {size} organisations',
  communityDominant: 'Mostly {hub} · {kind}',
  noCommunity: 'In no community (isolated and the like)',
  communityCount: '{count} communities',
  communitiesLoading: 'Finding the communities…',
  communitiesFailed: 'The communities could not be loaded',
  communitiesEmpty: 'There are no communities in this scope.',

  whatIfTitle: 'What if',
  whatIfHelp:
    'Pick two organisations to add an imagined link to the list, and see how the figures would change if those ' +
    'links existed.',
  linkFrom: 'Imagined link: first organisation',
  linkTo: 'Imagined link: second organisation',
  addLink: 'Add to the list',
  removeLink: 'Remove the link {from}–{to}',
  clearLinks: 'Clear all',
  proposedTitle: 'Proposed links',
  noProposedLinks: 'No links proposed yet.',
  sameOrganization: 'Choose two different organisations.',
  tooManyLinks: 'At most 50 links at a time.',
  whatIfLoading: 'Computing the effect…',
  whatIfFailed: 'The effect could not be computed',
  whatIfMetric: 'Figure',
  before: 'Now',
  after: 'With the links',
  delta: 'Change',
  alreadyLinked: 'already linked',
  joinsComponents: 'joins separate components',
  chooseAgain: 'Choose again',
};
