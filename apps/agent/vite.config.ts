/**
 * Vite build of the village agent's page (代办员, 全程代办). The server serves
 * apps/agent/dist at /agent/, so the base is fixed; in dev the API and the
 * socket go to a local server on :8080.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const server = 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/agent/',
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
        // @hallq/protocol's index re-exports its TypeBox schemas; the page uses
        // only its types and constants, so unused schemas may be dropped.
        moduleSideEffects: (id: string) => !/[\\/](packages[\\/]protocol|typebox)[\\/]/.test(id),
      },
    },
  },
});
