// A typed error as a whole HTTP answer, for the routes and checks that answer before GraphQL runs: the same JSON
// shape as a GraphQL error (`errors[].extensions.code`), never cached.
import type { AppError } from './app-errors.ts';

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
