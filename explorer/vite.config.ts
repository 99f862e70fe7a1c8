// Vite build and dev server for the explorer: the page is served at `/` beside the API on the same origin.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server forwards API calls to a locally running graph-api, so the page always
// talks to a same-origin `/graphql` (no CORS, identical in dev and in the built product).
const API_ORIGIN = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape and the fcose layout are large on their own; the warning adds no information.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/graphql': { target: API_ORIGIN, changeOrigin: false },
      '/healthz': { target: API_ORIGIN, changeOrigin: false },
      '/readyz': { target: API_ORIGIN, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: API_ORIGIN, changeOrigin: false },
      '/healthz': { target: API_ORIGIN, changeOrigin: false },
      '/readyz': { target: API_ORIGIN, changeOrigin: false },
    },
  },
});
