// The console is built into dist/web and served by the API (apps/api/src/web-console): same origin,
// no CDN, hashed file names under /assets/ so they can be cached for a year.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    // Earlier builds' hashed files stay: a tab opened before a rebuild or a deploy still loads the
    // lazy pages its bundle names (emptying first left them 404 for the whole build, which the
    // browser suites met when another suite rebuilt). index.html is replaced, so new tabs get the new build.
    emptyOutDir: false,
    assetsDir: 'assets',
    // Everything is a file: the CSP forbids inline scripts, and data: URLs for fonts are not needed.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
});
