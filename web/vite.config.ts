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
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          if (id.includes('node_modules/@mantine/')) return 'mantine';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler'))
            return 'react';
          return undefined;
        },
      },
    },
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
