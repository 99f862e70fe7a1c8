// Turns whatever a load threw into the LoadError the store keeps (code, message, whether it is retried).
import { ApiError } from '../api/api-error';
import type { LoadError } from './resources';

/** How long the page waits before asking again after a retryable failure. */
export const RETRY_DELAY_MS = 5000;

export function toLoadError(error: unknown): LoadError {
  if (error instanceof ApiError) return { code: error.code, message: error.message, retryable: error.retryable };
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error), retryable: false };
}
