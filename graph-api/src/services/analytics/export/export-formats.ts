// The export routes' files: their names under /export/, content types and writers.
import type { NetworkGraph } from '../network-model.ts';
import { writeEdgesCsv, writeNodesCsv } from './write-csv.ts';
import { writeGexf } from './write-gexf.ts';
import { writeGraphml } from './write-graphml.ts';

export interface ExportFormat {
  contentType: string;
  write: (graph: NetworkGraph) => string;
}

export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = Object.freeze({
  'graph.gexf': { contentType: 'application/gexf+xml; charset=utf-8', write: writeGexf },
  'graph.graphml': { contentType: 'application/graphml+xml; charset=utf-8', write: writeGraphml },
  'nodes.csv': { contentType: 'text/csv; charset=utf-8', write: writeNodesCsv },
  'edges.csv': { contentType: 'text/csv; charset=utf-8', write: writeEdgesCsv },
});
