import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is built into dist/web and served by the service at `/`.
export default defineConfig({
  root: __dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // No inlined data: URLs for fonts or images: everything is a hashed file.
    assetsInlineLimit: 0,
    // dist/web/.vite/manifest.json: what each chunk imports (scripts/console/size.js reads it;
    // the service serves /assets only).
    manifest: true,
    rollupOptions: {
      output: {
        // React, on every route, in a long-cached chunk of its own. Everything else is split by
        // Rollup along the imports: what the shell and sign-in use goes with the entry, what only
        // lazy areas use (Mantine components of one screen; the dashboard's charts: recharts,
        // d3) is loaded with those areas, never on the first route of another.
        // (A single "Mantine" chunk would take in every component any screen uses, as the
        // package's index imports them all.) `npm run size:web` checks the budget.
        manualChunks: (id) =>
          /\/node_modules\/(react|react-dom|scheduler)\//.test(id) ? 'react' : undefined,
      },
    },
    // The dashboard's chunk (recharts) is over Vite's default 500 kB warning, and is lazy.
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
