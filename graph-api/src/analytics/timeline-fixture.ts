// A small hand-built network with a history, as import CSV files, for the analytics' integration tests. Every id
// starts with the caller's prefix, so each test file owns its copy. The values the tests expect are worked out in
// the comments below.
import { COLLABORATIONS_HEADER, csv, HUBS_HEADER, ORGANIZATIONS_HEADER } from '../../test/import-test-files.ts';

/**
 * Hubs HA, HB. Organisations (kind, hub, sector, founded):
 *   UNI university HA 2000 · HOS hospital HA 1990 · CO1 company HA SEC-CDMO 2015 · CO2 company HB SEC-CGT 2018 ·
 *   CO3 company HB SEC-CGT 2021 · AGY public agency, no hub, founding year unknown.
 * Links: L1 UNI-CO1 JOINT_RD 2016-03-01 · L2 HOS-UNI CO_PUBLICATION 2017-05-10 ·
 *   L3 CO1-CO2 SUPPLY 2019-01-15 → 2021-06-30 · L4 UNI-CO2 TECH_TRANSFER 2020-07-01 (weight 2) ·
 * L5 AGY-CO3 INVESTMENT 2022-02-01 · L6 UNI-CO1 MOU 2018-09-01 (a second link of the pair) · L7 CO2-CO3 SUPPLY
 * 2023-04-01.
 */
export function timelineFiles(prefix: string): Record<string, string> {
  const id = (name: string): string => `${prefix}${name}`;
  const source = 'test:analytics-timeline';
  const org = (name: string, kind: string, hub: string, sector: string, founded: string) =>
    `${id(name)},기관 ${name},Organisation ` +
      `${name},,${kind},${hub && id(hub)},${sector},${founded},,ACTIVE,,,,${source},true`;
  const link = (name: string, from: string, to: string, kind: string, since: string, until = '', weight = '') =>
    `${id(name)},${id(from)},${id(to)},${kind},${since},${until},${weight},,${source},true`;
  return {
    'hubs.csv': csv(HUBS_HEADER, [`${id('HA')},거점 A,Hub A,,,,,${source},true`, `${id('HB')},거점 B,Hub B,,,,,${source},true`]),
    'organizations.csv': csv(ORGANIZATIONS_HEADER, [
      org('UNI', 'UNIVERSITY', 'HA', '', '2000'),
      org('HOS', 'HOSPITAL', 'HA', '', '1990'),
      org('CO1', 'COMPANY', 'HA', 'SEC-CDMO', '2015'),
      org('CO2', 'COMPANY', 'HB', 'SEC-CGT', '2018'),
      org('CO3', 'COMPANY', 'HB', 'SEC-CGT', '2021'),
      org('AGY', 'PUBLIC_AGENCY', '', '', ''),
    ]),
    'collaborations.csv': csv(COLLABORATIONS_HEADER, [
      link('L1', 'UNI', 'CO1', 'JOINT_RD', '2016-03-01'),
      link('L2', 'HOS', 'UNI', 'CO_PUBLICATION', '2017-05-10'),
      link('L3', 'CO1', 'CO2', 'SUPPLY', '2019-01-15', '2021-06-30'),
      link('L4', 'UNI', 'CO2', 'TECH_TRANSFER', '2020-07-01', '', '2'),
      link('L5', 'AGY', 'CO3', 'INVESTMENT', '2022-02-01'),
      link('L6', 'UNI', 'CO1', 'MOU', '2018-09-01'),
      link('L7', 'CO2', 'CO3', 'SUPPLY', '2023-04-01'),
    ]),
  };
}
