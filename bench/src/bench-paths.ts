// Where the bench keeps what it owns: cached graphs and databases under .data/bench-*, results beside its code.
import { join } from 'node:path';
import { REPO_ROOT } from '../../neo4j/local-neo4j.ts';

export const BENCH_DIR = join(REPO_ROOT, 'bench');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
export const RESULTS_MD = join(BENCH_DIR, 'RESULTS.md');
export const DATA_DIR = join(REPO_ROOT, '.data');

/** Generated CSV files of one (size, seed). */
export const graphDir = (key: string): string => join(DATA_DIR, 'bench-graphs', key);
/** A bench-owned Neo4j's data folder. */
export const neo4jDir = (name: string): string => join(DATA_DIR, `bench-${name}`);

/**
 * Bench-owned ports (7721–7727): a graph being loaded ahead of a run (load-graph.ts), the query database of each graph
 * of a run (started together: the i-th size on graphs[i]; `queries` when one is started alone), the API, the peer
 * server and the explorer's fixture server. The hostile suite at scale (hostile-at-scale.ts) has its own (7732, 7733;
 * `--neo4j-port`, `--api-port`), so it can run beside a run.
 */
export const PORTS = {
  preload: 7721,
  graphs: [7722, 7723, 7724],
  queries: 7724,
  api: 7725,
  peer: 7726,
  fixture: 7727,
  hostileNeo4j: 7732,
  hostileApi: 7733,
} as const;
