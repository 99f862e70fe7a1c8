// `tsx bench/src/load-graph.ts <orgs> [seed]`: fills the bench's cache ahead of a run (generated CSV files and the
// query database loaded through the importer), e.g. the 100k graph before the full run. Same code as the run uses.
import { stopEverything, stopOnSignals } from './bench-neo4j.ts';
import { PORTS } from './bench-paths.ts';
import { queryDatabase } from './graph-cache.ts';

const orgs = Number(process.argv[2]);
const seed = Number(process.argv[3] ?? 1);
if (!Number.isInteger(orgs) || orgs < 2) throw new Error('usage: tsx bench/src/load-graph.ts <orgs> [seed]');
stopOnSignals();
try {
  // Its own port, so that it can run beside a bench run (on another graph).
  const neo4j = await queryDatabase({ orgs, links: orgs * 10, seed }, console.log, PORTS.preload);
  console.log(`bench: ${neo4j.dataDir} is ready`);
} finally {
  await stopEverything();
}
