// The export files parse back (GEXF and GraphML readers, a CSV parser) to the same nodes, edges and attributes,
// also with names that XML and spreadsheets treat specially.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { testSnapshot } from '../../../../test/fixtures/test-graphs.ts';
import { writeEdgesCsv, writeNodesCsv } from './write-csv.ts';
import { writeGexf } from './write-gexf.ts';
import { writeGraphml } from './write-graphml.ts';
import { escapeXml } from './xml-text.ts';

const snapshot = testSnapshot(
  [{ id: 'A', hub: 'H1', sector: 'S1', founded: 2012, kind: 'UNIVERSITY' }, { id: 'B', kind: 'HOSPITAL' }, 'C'],
  [
    { pair: 'A-B', kind: 'MOU', since: '2019-04-01', weight: 2 },
    { pair: 'B-A', kind: 'CLINICAL_TRIAL', since: '2021-01-01', weight: 1 },
    { pair: 'B-C', since: '2022-02-02' },
  ],
);
const graph = snapshot.graph;
// Names with markup, quotes, an ampersand, a formula trigger, a comma, a line break and a control character.
graph.setNodeAttribute('A', 'label', '서울대 <R&D> "센터"');
graph.setNodeAttribute('B', 'labelEn', '=HYPERLINK("x"), St. Mary\'s\nHospital\u0007');

describe('GEXF export', () => {
  it('parses back with graphology-gexf to the same nodes, edges and attributes', () => {
    const back = parseGexf(UndirectedGraph, writeGexf(graph));
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    expect(back.getNodeAttributes('A')).toMatchObject({
      label: '서울대 <R&D> "센터"',
      labelEn: 'Organisation A',
      kind: 'UNIVERSITY',
      hub: 'H1',
      sector: 'S1',
      founded: 2012,
    });
    // The bell character (U+0007) cannot be written in XML 1.0 and is dropped; everything else survives.
    expect(back.getNodeAttribute('B', 'labelEn')).toBe('=HYPERLINK("x"), St. Mary\'s\nHospital');
    expect(back.getNodeAttribute('C', 'hub')).toBeUndefined();
    const edge = back.edge('A', 'B')!;
    expect(back.getEdgeAttributes(edge)).toMatchObject({ kinds: 'CLINICAL_TRIAL;MOU', since: '2019-04-01', weight: 3 });
    expect(back.type).toBe('undirected');
  });
});

describe('GraphML export', () => {
  it('parses back with graphology-graphml to the same nodes, edges and attributes', () => {
    const back = parseGraphml(UndirectedGraph, writeGraphml(graph));
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    expect(back.getNodeAttributes('A')).toMatchObject({
      label: '서울대 <R&D> "센터"',
      kind: 'UNIVERSITY',
      hub: 'H1',
      sector: 'S1',
      founded: 2012,
    });
    // The bell character (U+0007) cannot be written in XML 1.0 and is dropped; everything else survives.
    expect(back.getNodeAttribute('B', 'labelEn')).toBe('=HYPERLINK("x"), St. Mary\'s\nHospital');
    expect(back.getEdgeAttributes(back.edge('B', 'C')!)).toMatchObject({
      kinds: 'JOINT_RD',
      since: '2022-02-02',
      weight: 1,
    });
    expect(back.getEdgeAttribute(back.edge('A', 'B')!, 'weight')).toBe(3);
  });

  it('is well-formed XML with typed keys and an undirected graph (fast-xml-parser refuses malformed XML)', () => {
    const xml = new XMLParser({ ignoreAttributes: false }).parse(writeGraphml(graph)) as {
      graphml: { key: Array<Record<string, string>>; graph: Record<string, unknown> };
    };
    expect(xml.graphml.graph['@_edgedefault']).toBe('undirected');
    expect(xml.graphml.key.map((key) => `${key['@_for']}:${key['@_attr.name']}:${key['@_attr.type']}`)).toEqual([
      'node:label:string',
      'node:labelEn:string',
      'node:kind:string',
      'node:hub:string',
      'node:sector:string',
      'node:founded:int',
      'edge:kinds:string',
      'edge:since:string',
      'edge:weight:double',
    ]);
    expect(escapeXml(`a<b>&"c'\u0000`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});

describe('CSV export', () => {
  it('nodes.csv and edges.csv parse back, with formula-like cells escaped as in every product CSV', () => {
    const nodes = parseCsv(writeNodesCsv(graph), { columns: true }) as Array<Record<string, string>>;
    expect(nodes).toHaveLength(3);
    expect(nodes[0]).toEqual({
      Id: 'A',
      Label: '서울대 <R&D> "센터"',
      labelEn: 'Organisation A',
      kind: 'UNIVERSITY',
      hub: 'H1',
      sector: 'S1',
      founded: '2012',
    });
    expect(nodes[1]!.labelEn).toBe('\'=HYPERLINK("x"), St. Mary\'s\nHospital\u0007');
    const edges = parseCsv(writeEdgesCsv(graph), { columns: true }) as Array<Record<string, string>>;
    expect(edges).toEqual([
      { Source: 'A', Target: 'B', Type: 'Undirected', Weight: '3', kinds: 'CLINICAL_TRIAL;MOU', since: '2019-04-01' },
      { Source: 'B', Target: 'C', Type: 'Undirected', Weight: '1', kinds: 'JOINT_RD', since: '2022-02-02' },
    ]);
  });
});
