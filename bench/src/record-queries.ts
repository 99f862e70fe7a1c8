// Records the named statements a GraphQL request sends to Neo4j, grouped as the API ran them: transactions in
// waves (those started while another was still running ran concurrently, e.g. one DataLoader per nested field).
import type { Database, Params, QueryRunner } from '@siheung/core/db';

export interface RecordedStatement {
  name: string;
  params: Params;
}

export interface RecordedTransaction {
  mode: 'READ' | 'WRITE';
  statements: RecordedStatement[];
}

/** Transactions that ran at the same time; waves ran one after another. */
export type RecordedWave = RecordedTransaction[];

export interface QueryRecorder {
  /** A Database that behaves as `db` and records into the current recording. */
  db: Database;
  /** Runs `work` and returns the waves of statements it sent. */
  record(work: () => Promise<void>): Promise<RecordedWave[]>;
}

export function createQueryRecorder(db: Database): QueryRecorder {
  let waves: RecordedWave[] | null = null;
  let inFlight = 0;
  const wrap = (mode: 'READ' | 'WRITE', original: Database['readTransaction']): Database['readTransaction'] =>
    (async (work: (tx: QueryRunner) => Promise<unknown>, label?: string) => {
      const current = waves;
      if (current === null) return original.call(db, work, label);
      if (inFlight === 0) current.push([]);
      const transaction: RecordedTransaction = { mode, statements: [] };
      current.at(-1)!.push(transaction);
      inFlight += 1;
      try {
        return await original.call(
          db,
          (tx) =>
            work({ run: (name, params = {}) => (transaction.statements.push({ name, params }), tx.run(name, params)) }),
          label,
        );
      } finally {
        inFlight -= 1;
      }
    }) as Database['readTransaction'];
  const readTransaction = wrap('READ', db.readTransaction);
  const writeTransaction = wrap('WRITE', db.writeTransaction);
  const recording = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'readTransaction') return readTransaction;
      if (property === 'writeTransaction') return writeTransaction;
      if (property === 'read')
        return (name: string, params: Params = {}) => readTransaction((tx) => tx.run(name, params), name);
      if (property === 'write')
        return (name: string, params: Params = {}) => writeTransaction((tx) => tx.run(name, params), name);
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    db: recording,
    async record(work) {
      waves = [];
      try {
        await work();
        return waves.filter((wave) => wave.length > 0);
      } finally {
        waves = null;
      }
    },
  };
}
