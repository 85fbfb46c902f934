/**
 * The kiosk's Vite build. The server serves apps/kiosk/dist at /kiosk/, so
 * the base is '/kiosk/'; in dev the API and socket go to a local server.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const server = process.env.HALLQ_DEV_SERVER ?? 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/kiosk/',
  plugins: [react()],
  server: {
    proxy: {
      '/api': server,
      '/t/': server,
      '/socket.io': { target: server, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // pinyin-pro's dictionary is loaded on demand in its own chunk (@hallq/ui pinyin-search.ts).
    chunkSizeWarningLimit: 800,
  },
});
