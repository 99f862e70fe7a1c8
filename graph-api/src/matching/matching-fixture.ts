// A small hand-built network for the matching integration tests, as import CSV files (every id starts with the
// caller's prefix, so the test file owns its copy). The values the tests expect are worked out in the comments.
import { COLLABORATIONS_HEADER, csv, HUBS_HEADER, ORGANIZATIONS_HEADER } from '../../test/import-test-files.ts';

/**
 * Hubs: HA (37.000, 127.000), HB 1.1 km north of it (neighbours: ≤ 4 km), HC 22 km north (not).
 * Capabilities: SEC (sector) ⊃ QC, GMP.
 * Organisations (kind, hub, founded): A company HA 2010 — needs QC (priority 1) and GMP (priority 2);
 *   I university HA 2000; B and F companies HA 2012 offering QC (twins); C company HB 2015 offering QC;
 *   D company HC 2015 offering GMP; E hospital HC 1990.
 * Links: L1 A–I MOU 2020-01-01 · L2 I–B JOINT_RD 2021-01-01 · L3 I–F JOINT_RD 2021-01-01 ·
 *   L4 A–D SUPPLY 2024-01-01 · L5 D–E CLINICAL_TRIAL 2015-01-01 → 2019-12-31.
 */
export function matchingFiles(prefix: string): Record<string, string> {
  const id = (name: string): string => `${prefix}${name}`;
  const source = 'test:matching';
  const hub = (name: string, lat: string) => `${id(name)},거점 ${name},Hub ${name},,,${lat},127.000,${source},true`;
  const org = (name: string, kind: string, hubName: string, founded: string) =>
    `${id(name)},기관 ${name},Organisation ${name},,${kind},${id(hubName)},,${founded},,ACTIVE,,,,${source},true`;
  const link = (name: string, from: string, to: string, kind: string, since: string, until = '') =>
    `${id(name)},${id(from)},${id(to)},${kind},${since},${until},1,,${source},true`;
  return {
    'hubs.csv': csv(HUBS_HEADER, [hub('HA', '37.000'), hub('HB', '37.010'), hub('HC', '37.200')]),
    'capabilities.csv': csv('id,name,nameEn,level,broader,source,synthetic', [
      `${id('SEC')},시험 분야,Testing sector,SECTOR,,${source},true`,
      `${id('QC')},품질 시험,QC testing,CAPABILITY,${id('SEC')},${source},true`,
      `${id('GMP')},GMP 검증,GMP validation,CAPABILITY,${id('SEC')},${source},true`,
    ]),
    'organizations.csv': csv(ORGANIZATIONS_HEADER, [
      org('A', 'COMPANY', 'HA', '2010'), org('I', 'UNIVERSITY', 'HA', '2000'), org('B', 'COMPANY', 'HA', '2012'),
      org('F', 'COMPANY', 'HA', '2012'), org('C', 'COMPANY', 'HB', '2015'), org('D', 'COMPANY', 'HC', '2015'),
      org('E', 'HOSPITAL', 'HC', '1990'),
    ]),
    'organization_capabilities.csv': csv('orgId,capabilityId,source,synthetic', [
      `${id('B')},${id('QC')},${source},true`, `${id('F')},${id('QC')},${source},true`,
      `${id('C')},${id('QC')},${source},true`, `${id('D')},${id('GMP')},${source},true`,
    ]),
    'organization_needs.csv': csv('orgId,capabilityId,priority,source,synthetic', [
      `${id('A')},${id('QC')},1,${source},true`, `${id('A')},${id('GMP')},2,${source},true`,
    ]),
    'collaborations.csv': csv(COLLABORATIONS_HEADER, [
      link('L1', 'A', 'I', 'MOU', '2020-01-01'), link('L2', 'I', 'B', 'JOINT_RD', '2021-01-01'),
      link('L3', 'I', 'F', 'JOINT_RD', '2021-01-01'), link('L4', 'A', 'D', 'SUPPLY', '2024-01-01'),
      link('L5', 'D', 'E', 'CLINICAL_TRIAL', '2015-01-01', '2019-12-31'),
    ]),
  };
}
