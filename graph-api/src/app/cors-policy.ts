// CORS: the pages of CORS_ORIGINS may call the API from a visitor's browser; any other origin gets no
// Access-Control-Allow-Origin, so its page can neither read an answer nor pass a preflight (which the CSRF header
// and JSON bodies need). Keys travel in the Authorization header, never in cookies, so no origin is granted
// credentials. yoga answers preflights (OPTIONS, 204) before the routes and the rate limits.
import type { CORSOptions } from 'graphql-yoga';
import { CSRF_HEADER } from '../limits/limit-plugins.ts';

/** yoga's `cors` option: the options for a request from an allowed origin, false for any other (or none). */
export function corsPolicy(origins: readonly string[]): (request: Request) => CORSOptions {
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['authorization', 'content-type', CSRF_HEADER],
      exposedHeaders: ['retry-after', 'content-disposition'],
      credentials: false,
      maxAge: 600,
    };
  };
}

/** Once some origins are allowed, answers differ by Origin: shared caches must keep them apart. */
export function varyByOrigin(response: Response, origins: readonly string[]): Response {
  if (origins.length > 0 && !/\borigin\b/i.test(response.headers.get('vary') ?? ''))
    response.headers.append('vary', 'Origin');
  return response;
}
