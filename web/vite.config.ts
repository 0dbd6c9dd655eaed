// Builds the Dossier web app into web/dist (served by `dossier serve --static web/dist`).
// No inline scripts: the server's Content-Security-Policy forbids them.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://127.0.0.1:7373' } },
});
