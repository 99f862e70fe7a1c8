// Serves the built explorer (explorer/dist) at `/`, so one port shows the whole product.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function useStaticExplorer(distDir: string, reservedPaths: readonly string[]): Plugin {
  const root = normalize(distDir + sep);
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (reservedPaths.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) return;
      const indexFile = join(root, 'index.html');
      if (!existsSync(indexFile)) {
        if (url.pathname === '/') {
          endResponse(
            new Response(
              'The explorer is not built yet: run `pnpm build` (pnpm start builds it). GraphiQL is at /graphql.',
              {
                status: 503,
                headers: { 'content-type': 'text/plain; charset=utf-8' },
              },
            ),
          );
        }
        return;
      }
      const requested = normalize(join(root, decodeURIComponent(url.pathname)));
      const isFile = requested.startsWith(root) && existsSync(requested) && statSync(requested).isFile();
      // Paths that are not files fall back to the page itself (the view lives in the URL).
      const file = isFile ? requested : extname(url.pathname) === '' ? indexFile : null;
      if (file === null) {
        endResponse(new Response('Not found', { status: 404 }));
        return;
      }
      const immutable = file.includes(`${sep}assets${sep}`);
      endResponse(
        new Response(request.method === 'HEAD' ? null : readFileSync(file), {
          headers: {
            'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          },
        }),
      );
    },
  };
}
