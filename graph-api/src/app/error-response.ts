// A typed error as a whole HTTP answer, for the request hooks that answer before GraphQL runs (authentication, the
// upload gate): the JSON a GraphQL error would have, with its status.
import type { AppError } from '../errors/app-errors.ts';

export function errorResponse(error: AppError, status: number, headers: Record<string, string> = {}): Response {
  const extensions = { ...error.extensions } as Record<string, unknown>;
  delete extensions.http;
  return new Response(JSON.stringify({ errors: [{ message: error.message, extensions }] }), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
      ...headers,
    },
  });
}
