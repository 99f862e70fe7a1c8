// Which driver errors open the circuit breaker and how they are classified (errors built as the driver builds them).
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classifyDbError, isConnectionFailure } from './db-errors.ts';

const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error', {} as never);

describe('isConnectionFailure', () => {
  it('is true when Neo4j cannot be reached', () => {
    expect(isConnectionFailure(driverError('Failed to connect to server', 'ServiceUnavailable'))).toBe(true);
    expect(isConnectionFailure(driverError('connection reset', 'SessionExpired'))).toBe(true);
    expect(
      isConnectionFailure(
        driverError(
          'Connection acquisition timed out in 1700 ms. Pool status: Active conn count = 0, Idle conn count = 0.',
          'N/A',
        ),
      ),
    ).toBe(true);
  });

  it('is false for a pool busy with live connections, a slow query or a bad query', () => {
    expect(
      isConnectionFailure(
        driverError(
          'Connection acquisition timed out in 1700 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
          'N/A',
        ),
      ),
    ).toBe(false);
    expect(
      isConnectionFailure(
        driverError(
          'The transaction has been terminated',
          'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
        ),
      ),
    ).toBe(false);
    expect(isConnectionFailure(driverError('Invalid input: connect', 'Neo.ClientError.Statement.SyntaxError'))).toBe(
      false,
    );
  });

  it('still answers a busy pool as unavailable (503), not as an internal error', () => {
    const busy = classifyDbError(
      driverError(
        'Connection acquisition timed out in 1700 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
        'N/A',
      ),
    );
    expect([busy.kind, busy.connection]).toEqual(['UNAVAILABLE', false]);
    const down = classifyDbError(driverError('Failed to connect to server', 'ServiceUnavailable'));
    expect([down.kind, down.connection]).toEqual(['UNAVAILABLE', true]);
  });

  it('classifies a terminated lock wait like a time-out', () => {
    expect(
      classifyDbError(
        driverError('The transaction has been terminated.', 'Neo.ClientError.Transaction.LockClientStopped'),
      ).kind,
    ).toBe('TIMEOUT');
  });
});
