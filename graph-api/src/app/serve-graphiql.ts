// GraphiQL at /graphql from this server alone: yoga's default page loads its scripts, styles and editor workers from
// a public CDN, which a network without internet access cannot reach. Its bundle (@graphql-yoga/render-graphiql, the
// version matching graphql-yoga) is served as files under /graphiql/, and the page holds no inline script, so the
// Content-Security-Policy can allow scripts from this server only; the page's options travel as a JSON data block.
import type * as GraphiQLBundle from '@graphql-yoga/render-graphiql/graphiql';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

export const GRAPHIQL_ASSETS_PATH = '/graphiql';

type Bundle = typeof GraphiQLBundle;

// The bundle is several megabytes of source: loaded on the first request for GraphiQL, not with the server.
let bundle: Promise<Bundle> | null = null;
const loadBundle = (): Promise<Bundle> => (bundle ??= import('@graphql-yoga/render-graphiql/graphiql'));

const WORKERS = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };

// Monaco asks for its workers by label; they must exist before the bundle runs.
const MONACO_ENVIRONMENT = `self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (moduleId, label) => ${JSON.stringify(GRAPHIQL_ASSETS_PATH)} + '/' + ${JSON.stringify(WORKERS)}[label],
};
`;

const START = `YogaGraphiQL.renderYogaGraphiQL(
  document.getElementById('root'),
  JSON.parse(document.getElementById('graphiql-options').textContent),
);
`;

const JS = 'text/javascript; charset=utf-8';

interface Asset {
  type: string;
  body: (graphiql: Bundle) => string | Buffer<ArrayBuffer>;
}

const ASSETS = new Map<string, Asset>(
  Object.entries({
    'monaco-environment.js': { type: JS, body: () => MONACO_ENVIRONMENT },
    'graphiql.js': { type: JS, body: (graphiql) => graphiql.js },
    'start-graphiql.js': { type: JS, body: () => START },
    'graphiql.css': { type: 'text/css; charset=utf-8', body: (graphiql) => graphiql.css },
    'favicon.ico': {
      type: 'image/x-icon',
      body: (graphiql) => Buffer.from(graphiql.favicon.slice(graphiql.favicon.indexOf(',') + 1), 'base64'),
    },
    [WORKERS.editorWorkerService]: { type: JS, body: (graphiql) => graphiql.editorWorkerService },
    [WORKERS.json]: { type: JS, body: (graphiql) => graphiql.jsonWorker },
    [WORKERS.graphql]: { type: JS, body: (graphiql: Bundle) => graphiql.graphqlWorker },
  } satisfies Record<string, Asset>),
);

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** yoga's `renderGraphiQL`: the page, with every asset on this server. */
export function renderGraphiQL(options: GraphiQLOptions): string {
  // `<` escaped so that no option value can close the data block.
  const data = JSON.stringify(options).replace(/</g, '\\u003c');
  const asset = (name: string) => `${GRAPHIQL_ASSETS_PATH}/${name}`;
  return `<!doctype html>
<html lang="ko">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${asset('favicon.ico')}" />
    <link rel="stylesheet" href="${asset('graphiql.css')}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${data}</script>
    <script src="${asset('monaco-environment.js')}"></script>
    <script src="${asset('graphiql.js')}"></script>
    <script src="${asset('start-graphiql.js')}"></script>
  </body>
</html>
`;
}

/** Serves GraphiQL's files under GRAPHIQL_ASSETS_PATH. */
export function useGraphiQLAssets(): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(`${GRAPHIQL_ASSETS_PATH}/`)) return;
      const asset = ASSETS.get(url.pathname.slice(GRAPHIQL_ASSETS_PATH.length + 1));
      if (asset === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }));
        return;
      }
      const body = asset.body(await loadBundle());
      endResponse(
        new Response(request.method === 'HEAD' ? null : body, {
          headers: { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' },
        }),
      );
    },
  };
}
