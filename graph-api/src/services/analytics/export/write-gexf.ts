// GEXF 1.2 (Gephi's own format, read by networkx) of a network snapshot, written by graphology-gexf.
import { write } from 'graphology-gexf';
import type { NetworkGraph } from '../network-model.ts';
import { xmlCharacters } from './xml-text.ts';

// graphology-gexf escapes markup but writes control characters as they are, which strict XML readers refuse.
const text = (value: string | null): string | null => (value === null ? null : xmlCharacters(value));

export function writeGexf(graph: NetworkGraph): string {
  return write(graph, {
    version: '1.2',
    formatNode: (_key, attributes) => ({
      label: text(attributes.label)!,
      // Missing values are left out (no <attvalue>), as GEXF readers expect.
      attributes: {
        labelEn: text(attributes.labelEn),
        kind: attributes.kind,
        hub: text(attributes.hub),
        sector: text(attributes.sector),
        founded: attributes.founded,
      },
    }),
    formatEdge: (_key, attributes) => ({
      weight: attributes.weight,
      // A list attribute is not read by every GEXF reader: kinds travel as "JOINT_RD;MOU", as in the import format.
      attributes: { kinds: attributes.kinds.join(';'), since: attributes.since },
    }),
  });
}
