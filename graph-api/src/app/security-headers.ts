// Headers on every answer: a Content-Security-Policy that lets a page load and connect to this server only (so a
// script injected through data could neither load more code nor send anything elsewhere), no framing by any site
// (clickjacking), no MIME sniffing, no referrer sent to other sites. GraphiQL's page also needs inline styles: its
// editor (Monaco) writes <style> elements at run time.

const SAME_ORIGIN_ONLY = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

const policy = (directives: Record<string, string>): string =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const CONTENT_SECURITY_POLICY = policy(SAME_ORIGIN_ONLY);
export const GRAPHIQL_CONTENT_SECURITY_POLICY = policy({
  ...SAME_ORIGIN_ONLY,
  'style-src': "'self' 'unsafe-inline'",
  'font-src': "'self' data:",
});

const FIXED_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** Sets the headers on `response`; `graphiQL`: whether it is GraphiQL's page. */
export function addSecurityHeaders(response: Response, graphiQL: boolean): Response {
  for (const [name, value] of Object.entries(FIXED_HEADERS)) response.headers.set(name, value);
  response.headers.set(
    'content-security-policy',
    graphiQL ? GRAPHIQL_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
  );
  return response;
}
