/** Main process of the window caller terminal (窗口呼叫终端): full screen on the clerk's desk; no printer. */
import { fileURLToPath } from 'node:url';
import { bootstrap } from '@hallq/desktop';

void bootstrap({
  app: 'caller',
  route: '/caller',
  mode: 'fullscreen',
  // The build bundles preload.ts into this CommonJS file beside main (see packages/desktop/README.md).
  preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
});
