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
    emptyOutDir: true,
    assetsDir: 'assets',
    // Everything is a file: the CSP forbids inline scripts, and data: URLs for fonts are not needed.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
});
