// One log line at each change of the Neo4j circuit (core's circuit breaker): when requests start being refused, when
// Neo4j answers again and when it keeps up, with how long each took.
import type { CircuitState, Database } from '@siheung/core/db';
import type { Logger } from './create-logger.ts';

export function logCircuitChanges(db: Database, logger: Logger, now: () => number = Date.now): () => void {
  let openedAt = now();
  let answeredAt = now();
  return db.onCircuitChange((state: CircuitState) => {
    const at = now();
    if (state === 'open') {
      openedAt = at;
      logger.warn({ circuit: state }, 'neo4j unavailable: requests answer 503 DATABASE_UNAVAILABLE until it answers');
    } else if (state === 'recovering') {
      answeredAt = at;
      logger.info({ circuit: state, downMs: at - openedAt }, 'neo4j answers again: letting a few calls through');
    } else {
      logger.info(
        { circuit: state, downMs: answeredAt - openedAt, recoveringMs: at - answeredAt },
        'neo4j keeps up again: all requests go through',
      );
    }
  });
}
