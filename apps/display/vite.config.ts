/**
 * Vite build of the hall call screen. The server serves apps/display/dist at
 * /display/, so the base is fixed; in dev the API and the socket go to a
 * local server on :8080.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const server = 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/display/',
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
        // @hallq/protocol's index re-exports its TypeBox schemas; the screen
        // uses only its types and constants, so unused schemas may be dropped.
        moduleSideEffects: (id: string) => !/[\\/](packages[\\/]protocol|typebox)[\\/]/.test(id),
      },
    },
  },
});
