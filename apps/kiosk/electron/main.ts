/** Main process of the lobby ticket kiosk: locked full screen, prints through the thermal printer. */
import { fileURLToPath } from 'node:url';
import { bootstrap } from '@hallq/desktop';
import { kioskDevices } from './print-handler';

void bootstrap({
  app: 'kiosk',
  route: '/kiosk',
  mode: 'kiosk',
  // The build bundles preload.ts into this CommonJS file beside main (see packages/desktop/README.md).
  preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
  devices: kioskDevices,
});
