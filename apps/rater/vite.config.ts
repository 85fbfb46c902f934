/**
 * Vite build of the rating pad (评价器). The server serves apps/rater/dist
 * at /rate/, so the base is fixed; in dev the API and the socket go to a
 * local server on :8080.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const server = 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/rate/',
  plugins: [react()],
  server: {
    proxy: {
      '/api': server,
      '/socket.io': { target: server, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      treeshake: {
        // @hallq/protocol's index re-exports its TypeBox schemas; the pad uses
        // only its types and constants, so unused schemas may be dropped.
        moduleSideEffects: (id: string) => !/[\\/](packages[\\/]protocol|typebox)[\\/]/.test(id),
      },
    },
  },
});
