// Names for generated organisations, hubs and events: Korean with a matching English form, made from
// syllables so that no generated company is mistaken for a real one.
import type { OrganizationKind } from '../dataset/index.ts';
import type { Rng } from '@siheung/core/random';

const SYLLABLES: readonly (readonly [string, string])[] = [
  ['가', 'Ga'],
  ['나', 'Na'],
  ['다', 'Da'],
  ['라', 'Ra'],
  ['마', 'Ma'],
  ['바', 'Ba'],
  ['사', 'Sa'],
  ['아', 'A'],
  ['자', 'Ja'],
  ['하', 'Ha'],
  ['온', 'On'],
  ['솔', 'Sol'],
  ['빛', 'Bit'],
  ['별', 'Byeol'],
  ['누리', 'Nuri'],
  ['한', 'Han'],
  ['새', 'Sae'],
  ['늘', 'Neul'],
  ['담', 'Dam'],
  ['결', 'Gyeol'],
  ['유', 'Yu'],
  ['진', 'Jin'],
  ['현', 'Hyeon'],
  ['서', 'Seo'],
  ['윤', 'Yun'],
  ['도', 'Do'],
  ['린', 'Rin'],
  ['이', 'I'],
  ['준', 'Jun'],
  ['휴', 'Hyu'],
  ['메', 'Me'],
  ['셀', 'Sel'],
  ['젠', 'Jen'],
  ['노', 'No'],
  ['바이', 'Bai'],
  ['에코', 'Eco'],
  ['큐', 'Kyu'],
  ['엘', 'El'],
  ['로', 'Ro'],
  ['티', 'Ti'],
];

const COMPANY_SUFFIXES: readonly (readonly [string, string])[] = [
  ['바이오', 'Bio'],
  ['바이오텍', 'Biotech'],
  ['제약', 'Pharm'],
  ['메디칼', 'Medical'],
  ['랩스', 'Labs'],
  ['테라퓨틱스', 'Therapeutics'],
  ['사이언스', 'Science'],
  ['진단', 'Diagnostics'],
  ['헬스케어', 'Healthcare'],
  ['바이오소재', 'Biomaterials'],
  ['정밀', 'Precision'],
  ['셀', 'Cell'],
];

const INSTITUTION_FORMS: Readonly<Record<Exclude<OrganizationKind, 'COMPANY'>, readonly [string, string]>> = {
  UNIVERSITY: ['대학교', 'University'],
  HOSPITAL: ['병원', 'Hospital'],
  RESEARCH_INSTITUTE: ['생명과학연구원', 'Life Science Institute'],
  PUBLIC_AGENCY: ['바이오진흥청', 'Bio Promotion Authority'],
  SUPPORT_ORG: ['산업진흥원', 'Industry Promotion Agency'],
};

/** The Siheung hubs first; larger graphs add numbered regional hubs. */
const SIHEUNG_HUBS: readonly (readonly [string, string])[] = [
  ['배곧', 'Baegot'],
  ['정왕', 'Jeongwang'],
  ['시흥스마트허브', 'Siheung Smart Hub'],
];

export function hubName(index: number): [string, string] {
  const known = SIHEUNG_HUBS[index];
  return known ? [known[0], known[1]] : [`바이오 거점 ${index + 1}`, `Bio hub ${index + 1}`];
}

function stem(rng: Rng): [string, string] {
  const first = rng.pick(SYLLABLES);
  const second = rng.pick(SYLLABLES);
  return [first[0] + second[0], first[1] + second[1].toLowerCase()];
}

/** A name for an organisation of the kind; `taken` keeps names unique (a number is added on a clash). */
export function organizationName(rng: Rng, kind: OrganizationKind, taken: Set<string>): [string, string] {
  const [korean, english] = stem(rng);
  const [formKo, formEn] = kind === 'COMPANY' ? rng.pick(COMPANY_SUFFIXES) : INSTITUTION_FORMS[kind];
  let name: [string, string] =
    kind === 'COMPANY'
      ? [`${korean}${formKo}(주)`, `${english} ${formEn} Co.`]
      : [`${korean}${formKo}`, `${english} ${formEn}`];
  for (let number = 2; taken.has(name[0]); number += 1)
    name = [`${name[0].replace(/ \d+$/, '')} ${number}`, `${name[1].replace(/ \d+$/, '')} ${number}`];
  taken.add(name[0]);
  return name;
}

export const EVENT_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  TECH_EXCHANGE: ['기술교류회', 'Tech exchange meeting'],
  WORKSHOP: ['공동기획 워크숍', 'Joint-planning workshop'],
  POLICY_ROUNDTABLE: ['정책간담회', 'Policy roundtable'],
  FORUM: ['바이오 포럼', 'Bio forum'],
  SALON: ['바이오 살롱', 'Bio salon'],
  KICKOFF: ['착수보고회', 'Kickoff meeting'],
  TRAINING: ['실무 교육', 'Training course'],
};

export const LINK_TITLES: Readonly<Record<string, string>> = {
  JOINT_RD: '공동연구',
  CO_PUBLICATION: '공동논문',
  CLINICAL_TRIAL: '임상시험 협력',
  TECH_TRANSFER: '기술이전',
  SUPPLY: '소재·부품 공급',
  MOU: '업무협약',
  INVESTMENT: '지분 투자',
};
