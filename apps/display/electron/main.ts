/** Main process of the hall call screen (大厅叫号屏): full screen, plays call audio without a gesture; no printer. */
import { fileURLToPath } from 'node:url';
import { bootstrap } from '@hallq/desktop';

void bootstrap({
  app: 'display',
  route: '/display',
  mode: 'fullscreen',
  // The build bundles preload.ts into this CommonJS file beside main (see packages/desktop/README.md).
  preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
});
