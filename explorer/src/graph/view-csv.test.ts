// Checks the CSV of the view: what is drawn only, RFC 4180 quoting, and the data CLI's formula escape.
import { unescapeFormula } from '@siheung/core/formula-escape';
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../test-support/sample-graph';
import { viewEdgesCsv, viewNodesCsv } from './view-csv';

describe('viewNodesCsv', () => {
  it('writes a header and one CRLF-ended row per shown organisation', () => {
    const csv = viewNodesCsv(sampleGraph(), new Set(['snu', 'acme']));
    expect(csv).toBe(
      'id,name,nameEn,kind,hub,sector,degree,synthetic\r\n' +
        'snu,서울대학교,Seoul National University,UNIVERSITY,baegot,,2,false\r\n' +
        'acme,에이크미바이오,Acme Bio,COMPANY,jeongwang,SEC-CDMO,2,true\r\n',
    );
    expect(viewNodesCsv(sampleGraph(), null).split('\r\n')).toHaveLength(6);
  });

  it('quotes commas and quotes, and escapes cells Excel would run as a formula', () => {
    const payload = sampleGraph();
    payload.nodes = [{ ...payload.nodes[0]!, label: '=HYPERLINK("http://x")', labelEn: 'Bio, "Inc"' }];
    const row = viewNodesCsv(payload, null).split('\r\n')[1]!;
    expect(row).toBe(`snu,"'=HYPERLINK(""http://x"")","Bio, ""Inc""",UNIVERSITY,baegot,,2,false`);
    expect(unescapeFormula(`'=HYPERLINK("http://x")`)).toBe('=HYPERLINK("http://x")');
  });
});

describe('viewEdgesCsv', () => {
  it('writes the links whose both ends are shown', () => {
    const csv = viewEdgesCsv(sampleGraph(), new Set(['snu', 'snuh', 'acme', 'e1', 'e2', 'e3']));
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'id,source,target,kind,since,until,weight,title',
      'e1,snu,snuh,CLINICAL_TRIAL,2021-03-01,,1,',
      'e2,acme,snu,JOINT_RD,2023-01-15,2025-12-31,2.5,공동연구',
    ]);
    expect(csv).not.toContain('e3');
  });
});
