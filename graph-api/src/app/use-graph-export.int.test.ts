// GET /export/*: the scoped network as of a date in GEXF, GraphML and CSV, parsed back with GEXF/GraphML readers
// and a CSV parser to the same organisations, links and attributes; bad parameters answer 400/404 JSON.
import { parse as parseCsv } from 'csv-parse/sync';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineFiles } from '../../test/fixtures/timeline-fixture.ts';
import { deleteTestData, importCsvFiles } from '../../test/import-test-files.ts';
import { createTestApp } from '../../test/test-app.ts';

const P = 'T-AN-EX-';
const id = (name: string): string => `${P}${name}`;
// The timeline's hubs, as of 2021-12-31: UNI, HOS, CO1 (HA), CO2, CO3 (HB); links UNI-CO1 (JOINT_RD 2016-03-01 and MOU
// 2018-09-01: one pair, weight 2), HOS-UNI (CO_PUBLICATION 2017-05-10), UNI-CO2 (TECH_TRANSFER 2020-07-01, weight 2).
// CO1-CO2 ended 2021-06-30; AGY has no hub.
const QUERY = `hubs=${id('HA')},${id('HB')}&asOf=2021-12-31`;

describe('the export routes', () => {
  const api = createTestApp({ role: 'researcher' });
  const get = (path: string, init: RequestInit = {}) => api.fetch(path, init);

  beforeAll(async () => {
    await deleteTestData(api.db, P);
    await importCsvFiles(api.db, timelineFiles(P), 'test:graph-export');
  });
  afterAll(async () => {
    await deleteTestData(api.db, P);
    await api.close();
  });

  it('GEXF parses back (graphology-gexf) with the same organisations, links and attributes', async () => {
    const response = await get(`/export/graph.gexf?${QUERY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('gexf');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const graph = parseGexf(UndirectedGraph, await response.text());
    expect(graph.nodes().sort()).toEqual([id('CO1'), id('CO2'), id('CO3'), id('HOS'), id('UNI')]);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes(id('CO1'))).toMatchObject({
      label: '기관 CO1',
      labelEn: 'Organisation CO1',
      kind: 'COMPANY',
      hub: id('HA'),
      sector: 'SEC-CDMO',
      founded: 2015,
    });
    expect(graph.getEdgeAttributes(graph.edge(id('CO1'), id('UNI'))!)).toMatchObject({
      kinds: 'JOINT_RD;MOU',
      since: '2016-03-01',
      weight: 2,
    });
    expect(graph.getEdgeAttributes(graph.edge(id('CO2'), id('UNI'))!)).toMatchObject({
      kinds: 'TECH_TRANSFER',
      since: '2020-07-01',
      weight: 2,
    });
  });

  it('GraphML parses back (graphology-graphml) to the same graph', async () => {
    const response = await get(`/export/graph.graphml?${QUERY}`);
    expect(response.status).toBe(200);
    const graph = parseGraphml(UndirectedGraph, await response.text());
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes(id('UNI'))).toMatchObject({
      label: '기관 UNI',
      kind: 'UNIVERSITY',
      hub: id('HA'),
      founded: 2000,
    });
    expect(graph.getEdgeAttributes(graph.edge(id('HOS'), id('UNI'))!)).toMatchObject({
      kinds: 'CO_PUBLICATION',
      since: '2017-05-10',
      weight: 1,
    });
  });

  it('nodes.csv and edges.csv parse back to the same organisations and links', async () => {
    const nodes = parseCsv(await (await get(`/export/nodes.csv?${QUERY}`)).text(), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(nodes.map((n) => n.Id)).toEqual([id('CO1'), id('CO2'), id('CO3'), id('HOS'), id('UNI')]);
    expect(nodes[0]).toEqual({
      Id: id('CO1'),
      Label: '기관 CO1',
      labelEn: 'Organisation CO1',
      kind: 'COMPANY',
      hub: id('HA'),
      sector: 'SEC-CDMO',
      founded: '2015',
    });
    const edges = parseCsv(await (await get(`/export/edges.csv?${QUERY}`)).text(), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(edges).toHaveLength(3);
    expect(edges.find((e) => e.Source === id('CO1'))).toEqual({
      Source: id('CO1'),
      Target: id('UNI'),
      Type: 'Undirected',
      Weight: '2',
      kinds: 'JOINT_RD;MOU',
      since: '2016-03-01',
    });
  });

  it('takes the scope from repeated or comma-separated parameters, kinds included', async () => {
    const response = await get(
      `/export/nodes.csv?hubs=${id('HA')}&hubs=${id('HB')}&orgKinds=COMPANY,HOSPITAL&linkKinds=SUPPLY`,
    );
    const nodes = parseCsv(await response.text(), { columns: true }) as Array<Record<string, string>>;
    expect(nodes.map((n) => n.Id)).toEqual([id('CO1'), id('CO2'), id('CO3'), id('HOS')]);
    const edges = parseCsv(
      await (await get(`/export/edges.csv?hubs=${id('HA')},${id('HB')}&linkKinds=SUPPLY`)).text(),
      { columns: true },
    ) as Array<Record<string, string>>;
    // SUPPLY links, every date: CO1-CO2 (ended 2021) and CO2-CO3.
    expect(edges.map((e) => `${e.Source} ${e.Target} ${e.kinds}`)).toEqual([
      `${id('CO1')} ${id('CO2')} SUPPLY`,
      `${id('CO2')} ${id('CO3')} SUPPLY`,
    ]);
  });

  it('answers bad parameters with 400 BAD_USER_INPUT naming the parameter, unknown ids with 404', async () => {
    const error = async (path: string) => {
      const response = await get(path);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
      return { status: response.status, ...body.errors[0]!.extensions };
    };
    expect(await error('/export/graph.gexf?asOf=yesterday')).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      argument: 'asOf',
    });
    expect(await error('/export/graph.gexf?asOf=2024-01-01&asOf=2025-01-01')).toMatchObject({
      status: 400,
      argument: 'asOf',
    });
    expect(await error('/export/graph.gexf?hubs=')).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      argument: 'hubs',
    });
    expect(await error('/export/graph.gexf?orgKinds=ROBOT')).toMatchObject({ status: 400, argument: 'orgKinds' });
    expect(await error('/export/graph.gexf?linkKinds=JOINT_RD,FRIENDSHIP')).toMatchObject({
      status: 400,
      argument: 'linkKinds',
    });
    expect(await error('/export/graph.gexf?hub=HUB-BAEGOT')).toMatchObject({ status: 400, argument: 'hub' });
    expect(await error(`/export/graph.gexf?hubs=${id('NOWHERE')}`)).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      argument: 'hubs',
    });
    expect(await error('/export/graph.pdf')).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await get('/export/graph.gexf', { method: 'POST' })).status).toBe(405);
  });
});
