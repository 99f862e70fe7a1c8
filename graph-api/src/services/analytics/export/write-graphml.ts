// GraphML of a network snapshot (read by Gephi, networkx, igraph, yEd). graphology-graphml only parses GraphML,
// so this small writer makes it: typed <key>s, one <data> per present value, every text XML-escaped.
import type { NetworkGraph, OrgAttributes, PairAttributes } from '../network-model.ts';
import { escapeXml } from './xml-text.ts';

type Attribute<T> = {
  name: string;
  type: 'string' | 'int' | 'double';
  value: (attributes: T) => string | number | null;
};

const NODE_ATTRIBUTES: Attribute<OrgAttributes>[] = [
  { name: 'label', type: 'string', value: (a) => a.label },
  { name: 'labelEn', type: 'string', value: (a) => a.labelEn },
  { name: 'kind', type: 'string', value: (a) => a.kind },
  { name: 'hub', type: 'string', value: (a) => a.hub },
  { name: 'sector', type: 'string', value: (a) => a.sector },
  { name: 'founded', type: 'int', value: (a) => a.founded },
];

const EDGE_ATTRIBUTES: Attribute<PairAttributes>[] = [
  { name: 'kinds', type: 'string', value: (a) => a.kinds.join(';') },
  { name: 'since', type: 'string', value: (a) => a.since },
  { name: 'weight', type: 'double', value: (a) => a.weight },
];

function data<T>(attributes: T, keys: readonly Attribute<T>[], prefix: string): string {
  return keys
    .map((key, index) => {
      const value = key.value(attributes);
      return value === null || value === '' ? '' : `<data key="${prefix}${index}">${escapeXml(String(value))}</data>`;
    })
    .join('');
}

export function writeGraphml(graph: NetworkGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_ATTRIBUTES.map(
      (key, index) => `  <key id="n${index}" for="node" attr.name="${key.name}" attr.type="${key.type}"/>`,
    ),
    ...EDGE_ATTRIBUTES.map(
      (key, index) => `  <key id="e${index}" for="edge" attr.name="${key.name}" attr.type="${key.type}"/>`,
    ),
    '  <graph id="siheung-bio-network" edgedefault="undirected">',
  ];
  graph.forEachNode((node, attributes) => {
    lines.push(`    <node id="${escapeXml(node)}">${data(attributes, NODE_ATTRIBUTES, 'n')}</node>`);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" ` +
        `target="${escapeXml(target)}">${data(attributes, EDGE_ATTRIBUTES, 'e')}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
