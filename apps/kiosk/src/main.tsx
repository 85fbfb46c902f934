/** Entry of the kiosk page (served at /kiosk/, opened full screen by the Electron shell). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@hallq/ui/theme.css';
import './kiosk.css';
import './kiosk-guide.css';
import { KioskApp } from './kiosk-app';
import { resolveDeviceConfig } from './device-config';
import { parseKioskOptions } from './kiosk-options';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <KioskApp
        loadConfig={() => resolveDeviceConfig()}
        options={parseKioskOptions(location.search)}
      />
    </StrictMode>,
  );
}
