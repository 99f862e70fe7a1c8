// The operator's log: one JSON object a line (pino), on stdout or, for tests, into a stream they read.
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    // "level":"warn" rather than pino's number: read by people as often as by tools.
    formatters: { level: (label: string) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
    base: { pid: process.pid },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Writes nothing (tests that do not read the log). */
export const silentLogger: Logger = pino({ level: 'silent' });
