// The matching graphs of one database: the projection read once per data version (analytics/data-version.ts:
// every write transaction raises it) and a graph per date built from it, both cached; overlapping requests share
// one read and one build. One service per database (matchingFor), like the analytics service.
import { LRUCache } from 'lru-cache';
import { readDataVersion } from '../analytics/data-version.ts';
import type { Database } from '../db/index.ts';
import { buildMatchingGraph, type MatchingGraph } from './matching-graph.ts';
import type { MatchingInput } from './matching-input.ts';
import { readMatchingInput } from './read-matching-input.ts';

/** Graphs kept (one per asOf asked for); each holds the whole network. */
const MAX_GRAPHS = 8;

export interface MatchingState {
  input: MatchingInput;
  /** Every organisation id in the database (the graph as of a date may leave some out). */
  known: Set<string>;
  graph: MatchingGraph;
}

export class MatchingService {
  private version: string | null = null;
  private input: Promise<{ input: MatchingInput; known: Set<string> }> | null = null;
  private readonly graphs = new LRUCache<string, Promise<MatchingGraph>>({ max: MAX_GRAPHS });

  constructor(private readonly db: Database) {}

  /** The network as of `asOf` (YYYY-MM-DD), as the database holds it now. */
  async at(asOf: string): Promise<MatchingState> {
    const version = await readDataVersion(this.db);
    if (version !== this.version || this.input === null) {
      this.version = version;
      this.graphs.clear();
      const reading = readMatchingInput(this.db).then((input) => ({ input, known: new Set(input.organizations.map((o) => o.id)) }));
      // A failed read is not kept: the next request tries again.
      reading.catch(() => {
        if (this.input === reading) this.input = null;
      });
      this.input = reading;
    }
    const { input, known } = await this.input;
    // Keyed by version too: a request that read an older version never leaves its graph for newer ones.
    const key = `${version}|${asOf}`;
    let graph = this.graphs.get(key);
    if (!graph) {
      graph = Promise.resolve().then(() => buildMatchingGraph(input, asOf));
      this.graphs.set(key, graph);
    }
    return { input, known, graph: await graph };
  }
}

const services = new WeakMap<Database, MatchingService>();

export function matchingFor(db: Database): MatchingService {
  let service = services.get(db);
  if (!service) {
    service = new MatchingService(db);
    services.set(db, service);
  }
  return service;
}
