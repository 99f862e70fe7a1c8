// The raw baseline: the very statements the API sent (same cypher/queries files, same parameters, same waves of
// concurrent transactions) replayed with neo4j-driver directly: no GraphQL, no HTTP, no row conversion. The only bench
// file that imports the driver (eslint.config.js exempts it): it is what the db module is measured against.
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '@siheung/core/db';
import type { LocalNeo4jAuth } from '@siheung/core/local-neo4j';
import type { RecordedWave } from './record-queries.ts';

export interface RawClient {
  replay(waves: readonly RecordedWave[]): Promise<number>;
  close(): Promise<void>;
}

export function openRawClient(uri: string, auth: LocalNeo4jAuth): RawClient {
  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password), {
    userAgent: 'siheung-bench-raw/0.1',
  });
  return {
    /** Resolves with the number of records received. */
    async replay(waves) {
      let records = 0;
      for (const wave of waves) {
        const counts = await Promise.all(
          wave.map(async (transaction) => {
            const session = driver.session({
              database: 'neo4j',
              defaultAccessMode: transaction.mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
            });
            try {
              const work = async (tx: {
                run: (text: string, params: object) => PromiseLike<{ records: unknown[] }>;
              }): Promise<number> => {
                let count = 0;
                for (const statement of transaction.statements)
                  count += (await tx.run(cypher(statement.name), statement.params)).records.length;
                return count;
              };
              return transaction.mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
            } finally {
              await session.close();
            }
          }),
        );
        records += counts.reduce((sum, count) => sum + count, 0);
      }
      return records;
    },
    close: () => driver.close(),
  };
}
